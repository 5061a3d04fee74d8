#pragma once

#include "CasdoorReply.h"
#include "backend/Backend.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>

namespace mcpauth {

class CasdoorClient;

// A Casdoor server (CASDOOR.md) behind the Backend interface, authenticated with one Casdoor
// application's client ID and secret. What Casdoor cannot do, or does differently, is in
// capabilities() and difference() in words:
//  - consent is a fixed "once" rule; a ":*" loopback redirect URI is stored in Casdoor's scheme-less
//    form; there are no CORS origins, no opaque tokens, no required PKCE;
//  - revoking a token expires it (update-token with expiresIn 0, the row stays) or deletes it
//    (deleteToken); either way a JWT that a resource server checks offline stays valid until its exp;
//  - consents are the users' applicationScopes; the audit log is Casdoor's records.
// An update reads the application, writes only the fields the user changed onto what was read, and
// reads it back: a refused or partial write is reported, with what the server holds now.
class CasdoorBackend final : public Backend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasdoorBackend)

public:
    CasdoorBackend(const QUrl& baseUrl, const QString& organization, const QString& clientId,
        const QString& clientSecret, QObject* parent = nullptr);
    ~CasdoorBackend() override;

    // Casdoor's get-records needs a real user, and application credentials are none: the records are
    // read as this user ("<org>/<name>", by default built-in/admin) when Casdoor asks for one.
    void setAuditUser(const QString& userId) { m_auditUser = userId; }
    void setTimeout(int ms);
    void setPageSize(int size);

    [[nodiscard]] BackendKind kind() const override { return BackendKind::Casdoor; }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString actor() const override;
    [[nodiscard]] BackendCapabilities capabilities() const override;
    [[nodiscard]] QString difference(const QString& topic) const override;
    [[nodiscard]] ApplicationLimits applicationLimits() const override;

    void open(QObject* context, Done done) override;
    void organizations(QObject* context, Reply<QList<Organization>> done) override;
    void applications(const QString& organizationId, QObject* context, Reply<QList<Application>> done) override;
    void application(const QString& ref, QObject* context, Reply<Application> done) override;
    void createApplication(const Application& app, QObject* context, Reply<SavedApplication> done) override;
    void updateApplication(const Application& app, QObject* context, Reply<SavedApplication> done) override;
    void applicationImpact(const QString& ref, QObject* context, Reply<ApplicationImpact> done) override;
    void removeApplication(const QString& ref, QObject* context, Reply<ApplicationImpact> done) override;
    void users(const QString& organizationId, QObject* context, Reply<QList<User>> done) override;
    void tokenPage(
        const TokenFilter& filter, const TokenPageRequest& request, QObject* context, Reply<TokenPage> done) override;
    void tokenCount(const TokenFilter& filter, QObject* context, Reply<qint64> done) override;
    void token(const QString& id, QObject* context, Reply<Token> done) override;
    void revokeToken(const QString& id, QObject* context, Reply<qint64> done) override;
    void revokeTokens(const TokenFilter& filter, QObject* context, Reply<qint64> done) override;
    void deleteToken(const QString& id, QObject* context, Reply<qint64> done) override;
    void consents(const ConsentFilter& filter, QObject* context, Reply<QList<Consent>> done) override;
    void revokeConsent(const QString& id, QObject* context, Reply<qint64> done) override;
    void auditEvents(const AuditFilter& filter, qint64 beforeSeq, int limit, QObject* context,
        Reply<QList<AuditEvent>> done) override;
    void auditCount(const AuditFilter& filter, QObject* context, Reply<qint64> done) override;
    void registrationPolicy(const QString& organizationId, QObject* context, Reply<RegistrationPolicy> done) override;
    void setRegistrationPolicy(const QString& organizationId, const RegistrationPolicy& policy, QObject* context,
        Reply<RegistrationPolicy> done) override;

private:
    using RawReply = std::function<void(Result<QJsonObject>)>;
    using ListReply = std::function<void(Result<QJsonArray>)>;

    [[nodiscard]] QString org(const QString& organizationId) const;
    void rawApplication(const QString& name, QObject* context, RawReply done);
    void rawToken(const QString& name, QObject* context, RawReply done);
    // Every token matching the filter (the server filters on one field, the rest here).
    void matchingTokens(const TokenFilter& filter, QObject* context, ListReply done);
    void expireTokens(QList<QJsonObject> tokens, qint64 count, QObject* context, Reply<qint64> done);
    // get-records, with userId when Casdoor wants a real user for the application's credentials.
    void recordsPage(int page, int pageSize, QObject* context, std::function<void(Result<CasdoorReply>)> done);
    // After a failed write: the remote object against what it was before.
    void explainFailedWrite(const QString& name, const QJsonObject& before, const Error& error, QObject* context,
        Reply<SavedApplication> done);

    CasdoorClient* m_client = nullptr;
    QString m_organization;
    QString m_auditUser = QStringLiteral("built-in/admin");
    bool m_recordsNeedUser = false;
    // The raw objects as last read, by name: an update writes only what the user changed since.
    QHash<QString, QJsonObject> m_read;
    // Where the audit log's next chunk starts: the record id it continues below -> the page (of
    // m_auditPageSize) that holds it, so scrolling does not re-read every page before it.
    QHash<qint64, int> m_auditPages;
    int m_auditPageSize = 0;
};

} // namespace mcpauth
