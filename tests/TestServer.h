#pragma once

// A running local server for the server tests: a fresh SQLite store with the demo data and a known
// user, a key ring under a random key-encryption key, and AuthServer on a free loopback port in test
// mode. Plus a small synchronous HTTP client (QNetworkAccessManager, redirects not followed).

#include "demo/DemoData.h"
#include "domain/User.h"
#include "jose/KeyRing.h"
#include "security/SecureRandom.h"
#include "server/AuthServer.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace mcpauth::test {

inline constexpr const char* kUser = "alice";
inline constexpr const char* kUserPassword = "correct horse battery staple";

struct RunningServer
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<KeyRing> keys;
    std::unique_ptr<AuthServer> server;
    QString issuer;
    QString demoAdminPassword;

    [[nodiscard]] QString url(const QString& path) const { return issuer + path; }
};

// Returns nullptr and records a test failure message in `why` when anything fails.
inline std::unique_ptr<RunningServer> startServer(QString* why, ServerSettings settings = {})
{
    auto s = std::make_unique<RunningServer>();
    auto fail = [&](const QString& text) {
        if (why)
            *why = text;
        return std::unique_ptr<RunningServer>();
    };
    if (!s->dir.isValid())
        return fail(QStringLiteral("no temporary directory"));
    qputenv("MCPAUTH_DATA_DIR", s->dir.path().toUtf8());
    auto location = DatabaseLocation::parse(s->dir.filePath(QStringLiteral("store.sqlite")));
    if (!location)
        return fail(location.error().message);
    auto store = Store::open(*location);
    if (!store)
        return fail(store.error().message);
    s->store = std::move(store).value();
    const AuditContext ctx{QStringLiteral("test"), QStringLiteral("test")};
    auto demo = DemoData::install(*s->store, ctx);
    if (!demo)
        return fail(demo.error().message);
    s->demoAdminPassword = demo->adminPassword;
    auto org = s->store->organizations().find(QString::fromLatin1(DemoData::kOrganization));
    if (!org)
        return fail(org.error().message);
    User alice;
    alice.organizationId = org->id;
    alice.username = QString::fromLatin1(kUser);
    alice.displayName = QStringLiteral("Alice Example");
    if (auto created = s->store->users().create(alice, QString::fromLatin1(kUserPassword), ctx); !created)
        return fail(created.error().message);
    auto keys = KeyRing::open(*s->store, SecureRandom::bytes(32));
    if (!keys)
        return fail(keys.error().message);
    s->keys = std::move(keys).value();
    settings.port = 0;
    settings.testMode = true;
    // The suites send hundreds of failing requests a minute from 127.0.0.1 and count their audit
    // events; a test of the flood limit sets a limit of its own.
    if (settings.auditFailuresPerMinute == ServerSettings().auditFailuresPerMinute)
        settings.auditFailuresPerMinute = 0;
    s->server = std::make_unique<AuthServer>(*s->store, *s->keys, settings);
    if (Status started = s->server->start(); !started)
        return fail(started.error().message);
    s->issuer = s->server->issuer();
    return s;
}

// Makes an existing user an administrator, or not; the user kUser starts as an ordinary user. Returns
// what went wrong, or an empty string.
inline QString setAdministrator(Store& store, const QString& username, bool administrator)
{
    auto user = store.users().find(username);
    if (!user)
        return user.error().message;
    User changed = *user;
    changed.isAdmin = administrator;
    auto saved = store.users().update(changed, AuditContext{QStringLiteral("test"), QStringLiteral("test")});
    return saved ? QString() : saved.error().message;
}

struct Reply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString networkError;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
};

class HttpClient
{
public:
    Reply send(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
        const QList<QPair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 15000)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        for (const auto& h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto& pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        r.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && r.status == 0)
            r.networkError = reply->errorString();
        reply->deleteLater();
        return r;
    }
    Reply get(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        return send("GET", url, {}, headers);
    }
    Reply postForm(const QUrl& url, const QByteArray& form, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        return send("POST", url, form, headers);
    }
    Reply postJson(const QUrl& url, const QJsonObject& json, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return send("POST", url, QJsonDocument(json).toJson(QJsonDocument::Compact), headers);
    }
    QNetworkAccessManager& nam() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
};

} // namespace mcpauth::test
