#pragma once

#include "common/Result.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPromise>
#include <QStringList>
#include <memory>

namespace mcpauth {

class HttpServer;

namespace test {

// Casdoor as CASDOOR.md describes the real server (not its docs), in memory, on 127.0.0.1:
//  - Basic credentials of one application make the caller "app/<name>", a global admin; wrong ones are
//    ignored (the caller is anonymous and is told "Please sign in first");
//  - every answer is HTTP 200 with the envelope {status, msg, sub, name, data, data2, data3}, errors too;
//  - with p and pageSize a list is one page and data2 the total; a page past the end is clamped to the
//    last page; field/value filter by substring;
//  - update-* without columns replaces the whole object (omitted fields are zeroed), with columns only
//    those; mutations answer "Affected" or "Unaffected"; names with /?:#&%=+; are refused;
//  - get-records wants a real user: app credentials get "The user: app/<app> doesn't exist" unless
//    userId is given;
//  - every answer sets a casdoor_session_id cookie, which a client must not send back.
// Every request is recorded for the tests to assert; faults are armed per action, once.
class CasdoorFake final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasdoorFake)

public:
    struct Recorded
    {
        QByteArray method;
        QString action; // the path under /api/
        QUrlQuery query;
        QJsonObject body;
        QByteArray rawBody;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };
    enum class Fault { None, StatusError, Malformed, Hang, Unaffected, Http403, AcceptButIgnore };

    static constexpr const char* kAppName = "app-console";
    static constexpr const char* kClientId = "0123456789abcdef0123";
    static constexpr const char* kClientSecret = "secret-0123456789abcdef0123456789abcdef01";

    explicit CasdoorFake(QObject* parent = nullptr);
    ~CasdoorFake() override;

    [[nodiscard]] Result<quint16> start();
    [[nodiscard]] QString origin() const;

    // Seeds: the organization "acme" with `apps` applications (app-0, app-1, ...) besides app-console,
    // `tokens` tokens of app-0, two users with consents, and `records` audit records.
    void seed(int apps, int tokens, int records);

    // The next request to `action` fails this way (StatusError with `msg`).
    void arm(const QString& action, Fault fault, const QString& msg = {});

    [[nodiscard]] const QList<Recorded>& requests() const { return m_requests; }
    [[nodiscard]] QList<Recorded> requests(const QString& action) const;
    void clearRequests() { m_requests.clear(); }

    [[nodiscard]] QJsonObject application(const QString& name) const { return m_apps.value(name); }
    [[nodiscard]] QJsonObject token(const QString& name) const;
    [[nodiscard]] QJsonObject user(const QString& id) const { return m_users.value(id); }
    [[nodiscard]] QJsonObject organization(const QString& name) const { return m_orgs.value(name); }
    [[nodiscard]] int tokenCount() const { return static_cast<int>(m_tokens.size()); }
    void putApplication(const QJsonObject& app) { m_apps.insert(app.value(QStringLiteral("name")).toString(), app); }

private:
    HttpReply handle(const HttpRequest& request);
    HttpResponse answer(const Recorded& r, const QString& caller);
    [[nodiscard]] static HttpResponse ok(const QJsonValue& data, const QJsonValue& data2 = QJsonValue::Null);
    [[nodiscard]] static HttpResponse error(const QString& msg);
    [[nodiscard]] static HttpResponse affected(bool yes);
    [[nodiscard]] static QJsonObject paged(const QJsonArray& all, const QUrlQuery& query, bool* isPaged);
    [[nodiscard]] static HttpResponse list(const QJsonArray& all, const QUrlQuery& query);

    HttpServer* m_server = nullptr;
    quint16 m_port = 0;
    QList<Recorded> m_requests;
    QHash<QString, QPair<Fault, QString>> m_faults;
    QList<std::shared_ptr<QPromise<HttpResponse>>> m_hanging;
    QHash<QString, QJsonObject> m_orgs;
    QHash<QString, QJsonObject> m_apps;
    QList<QJsonObject> m_tokens; // newest first
    QHash<QString, QJsonObject> m_users; // "<org>/<name>"
    QList<QJsonObject> m_records; // id descending
    int m_generated = 0;
};

} // namespace test
} // namespace mcpauth
