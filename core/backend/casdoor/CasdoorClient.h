#pragma once

#include "CasdoorReply.h"
#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace mcpauth {

// Casdoor's REST API (/api/...) as CASDOOR.md describes the real server, not its docs:
//  - every request authenticates with an application's client ID and secret (HTTP Basic) and keeps no
//    cookie: Casdoor answers each such request with a session cookie that would authenticate the next
//    one by itself (and bypass scope checks), so none is stored nor sent;
//  - Accept-Language: en, because Casdoor translates its error texts;
//  - HTTP 200 with status "error" is a failure, whose msg is shown;
//  - a list is paged with p/pageSize and ends on the data2 total: a page past the last is clamped to the
//    last page, so "until an empty page" would never end.
// Wrong Basic credentials are not refused by Casdoor: the request goes on as anonymous and fails later
// with "Please sign in first" or "Unauthorized operation"; both are reported as a credentials problem.
class CasdoorClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasdoorClient)

public:
    using Query = QList<QPair<QString, QString>>;
    using Callback = std::function<void(Result<CasdoorReply>)>;
    using ListCallback = std::function<void(Result<QJsonArray>)>;

    static constexpr int kDefaultPageSize = 100;
    // A list longer than this many pages is refused rather than read forever.
    static constexpr int kMaxPages = 1000;

    CasdoorClient(const QUrl& baseUrl, const QString& clientId, const QString& clientSecret, QObject* parent = nullptr);
    ~CasdoorClient() override;

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString clientId() const { return m_clientId; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    [[nodiscard]] int pageSize() const { return m_pageSize; }

    // `action` is the path under /api/ ("get-applications"). `done` runs later on this object's thread,
    // never if `context` is gone.
    void get(const QString& action, const Query& query, QObject* context, Callback done);
    void post(const QString& action, const Query& query, const QJsonObject& body, QObject* context, Callback done);
    // One page (p from 1): data is the page, data2 the total.
    void getPage(const QString& action, const Query& query, int page, int pageSize, QObject* context, Callback done);
    // Every page, until the data2 total is reached.
    void getAll(const QString& action, const Query& query, QObject* context, ListCallback done);

private:
    void send(const QByteArray& method, const QString& action, const Query& query, const QByteArray& body,
        QObject* context, Callback done);
    void nextPage(
        const QString& action, const Query& query, int page, QJsonArray collected, QObject* context, ListCallback done);

    QNetworkAccessManager* m_network = nullptr;
    QUrl m_baseUrl;
    QString m_clientId;
    QString m_clientSecret;
    int m_timeoutMs = 15'000;
    int m_pageSize = kDefaultPageSize;
};

} // namespace mcpauth
