#pragma once

#include "common/Result.h"
#include "domain/Application.h"
#include "domain/AuditEvent.h"
#include "domain/Consent.h"
#include "domain/Organization.h"
#include "domain/RegistrationPolicy.h"
#include "domain/Token.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mcpauth {

// Casdoor's JSON objects (CASDOOR.md section 4) and the console's domain, both ways, and what cannot
// be mapped, in words. An application is written back by merging only the fields the user changed
// onto the raw object read from Casdoor, so every field the console does not model (providers,
// sign-in items, theme, ...) and every key it does not know goes back as it came.
class CasdoorMapping
{
    Q_DECLARE_TR_FUNCTIONS(CasdoorMapping)

public:
    // Casdoor's field validation filter refuses these in a name; we refuse them before sending.
    static constexpr const char kForbiddenNameCharacters[] = "/?:#&%=+;";
    // Applications, organizations and tokens are always owned by "admin" in Casdoor.
    static constexpr const char kAdminOwner[] = "admin";

    [[nodiscard]] static Status checkName(const QString& name, const QString& field);

    // "http://127.0.0.1:*/callback" -> "127.0.0.1/callback" (Casdoor's scheme-less, any-port form);
    // a ":*" on another host is refused (the scheme-less form would accept plain http there).
    [[nodiscard]] static Result<QString> toCasdoorRedirect(const QString& uri);
    // The reverse, so a round trip changes nothing; other entries as they are.
    [[nodiscard]] static QString fromCasdoorRedirect(const QString& entry);
    // Why an entry is stored differently in Casdoor; empty when it is stored as written.
    [[nodiscard]] static QString redirectNote(const QString& uri);

    [[nodiscard]] static Application application(const QJsonObject& json);
    // The application as a new Casdoor object (add-application); Casdoor fills in the rest.
    [[nodiscard]] static Result<QJsonObject> newApplication(const Application& app, const QString& organization);
    // The domain fields (Application member names) that differ between two values.
    [[nodiscard]] static QStringList changedFields(const Application& before, const Application& after);
    // `raw` with `fields` of `app` written into it, nothing else touched; refuses what Casdoor cannot
    // store (a consent policy other than once, CORS origins, opaque tokens, required PKCE).
    [[nodiscard]] static Result<QJsonObject> merge(QJsonObject raw, const Application& app, const QStringList& fields);

    [[nodiscard]] static Organization organization(const QJsonObject& json);
    [[nodiscard]] static RegistrationPolicy registrationPolicy(const QJsonObject& organization);
    // Casdoor's dcrPolicy value ("open" or "disabled") for a policy.
    [[nodiscard]] static Result<QString> dcrPolicy(const RegistrationPolicy& policy);
    [[nodiscard]] static Token token(const QJsonObject& json);
    [[nodiscard]] static AuditEvent auditEvent(const QJsonObject& record);
    [[nodiscard]] static User user(const QJsonObject& json);
    // A user's applicationScopes entries; a consent's id is "<org>/<user>|admin/<app>".
    [[nodiscard]] static QList<Consent> consents(const QJsonObject& user);
    [[nodiscard]] static QString consentId(const QString& userId, const QString& application);

    // RFC 3339 with offset, as Casdoor writes createdTime, in ms since the epoch; 0 when unreadable.
    [[nodiscard]] static qint64 parseTime(const QString& text);
    // "admin/app-x" or "app-x" -> "app-x".
    [[nodiscard]] static QString nameOf(const QString& ref);
};

} // namespace mcpauth
