#include "BrowserSessionStore.h"

#include "http/HttpRequest.h"
#include "security/SecureRandom.h"

#include <algorithm>
#include <openssl/crypto.h>

namespace mcpauth {

BrowserSessionStore::BrowserSessionStore(qsizetype maxSessions, qsizetype maxPerSource)
    : m_maxSessions(std::max<qsizetype>(1, maxSessions))
    , m_maxPerSource(std::max<qsizetype>(1, maxPerSource))
{ }

BrowserSession* BrowserSessionStore::find(const QString& id, qint64 nowMs)
{
    if (id.isEmpty())
        return nullptr;
    auto it = m_sessions.find(id);
    if (it == m_sessions.end())
        return nullptr;
    if (it->expiresAt <= nowMs) {
        erase(id);
        return nullptr;
    }
    return &it.value();
}

BrowserSession* BrowserSessionStore::fromRequest(const HttpRequest& request, bool tls, qint64 nowMs)
{
    return find(cookieValue(request.header("cookie"), cookieName(tls)), nowMs);
}

BrowserSession& BrowserSessionStore::create(const QString& source, qint64 nowMs)
{
    dropExpired(nowMs);
    if (auto group = m_bySource.constFind(source);
        group != m_bySource.cend() && qsizetype(group->anonymous.size() + group->signedIn.size()) >= m_maxPerSource) {
        const std::set<quint64>& from = group->anonymous.empty() ? group->signedIn : group->anonymous;
        const Order& order = group->anonymous.empty() ? m_signedInOrder : m_anonymous;
        erase(order.at(*from.begin()));
    }
    while (m_sessions.size() >= m_maxSessions) {
        const Order& order = m_anonymous.empty() ? m_signedInOrder : m_anonymous;
        erase(order.begin()->second);
    }
    BrowserSession session;
    session.id = SecureRandom::token(32);
    session.csrfToken = SecureRandom::token(32);
    session.createdAt = nowMs;
    session.expiresAt = nowMs + kLifetimeMs;
    session.source = source;
    return insert(std::move(session), false);
}

BrowserSession& BrowserSessionStore::signIn(const QString& id, qint64 nowMs)
{
    BrowserSession session = m_sessions.value(id);
    erase(id);
    session.id = SecureRandom::token(32);
    session.csrfToken = SecureRandom::token(32);
    session.expiresAt = nowMs + kLifetimeMs;
    return insert(std::move(session), true);
}

void BrowserSessionStore::remove(const QString& id)
{
    if (m_sessions.contains(id))
        erase(id);
}

qsizetype BrowserSessionStore::countForSource(const QString& source) const
{
    const auto group = m_bySource.constFind(source);
    return group == m_bySource.cend() ? 0 : qsizetype(group->anonymous.size() + group->signedIn.size());
}

BrowserSession& BrowserSessionStore::insert(BrowserSession session, bool signedIn)
{
    session.sequence = m_nextSequence++;
    (signedIn ? m_signedInOrder : m_anonymous).emplace(session.sequence, session.id);
    SourceGroup& group = m_bySource[session.source];
    (signedIn ? group.signedIn : group.anonymous).insert(session.sequence);
    const QString id = session.id;
    return m_sessions.insert(id, std::move(session)).value();
}

void BrowserSessionStore::erase(QString id)
{
    const auto it = m_sessions.constFind(id);
    if (it == m_sessions.cend())
        return;
    const quint64 sequence = it->sequence;
    m_anonymous.erase(sequence);
    m_signedInOrder.erase(sequence);
    if (auto group = m_bySource.find(it->source); group != m_bySource.end()) {
        group->anonymous.erase(sequence);
        group->signedIn.erase(sequence);
        if (group->anonymous.empty() && group->signedIn.empty())
            m_bySource.erase(group);
    }
    m_sessions.erase(it);
}

void BrowserSessionStore::dropExpired(qint64 nowMs)
{
    for (Order* order : {&m_anonymous, &m_signedInOrder}) {
        while (!order->empty()) {
            const auto it = m_sessions.constFind(order->begin()->second);
            if (it != m_sessions.cend() && it->expiresAt > nowMs)
                break;
            if (it == m_sessions.cend())
                order->erase(order->begin());
            else
                erase(it.key());
        }
    }
}

QString BrowserSessionStore::cookieName(bool tls)
{
    return tls ? QStringLiteral("__Host-mcpauth_session") : QStringLiteral("mcpauth_session");
}

QByteArray BrowserSessionStore::setCookieHeader(const BrowserSession& session, bool tls)
{
    QByteArray header = cookieName(tls).toLatin1() + '=' + session.id.toLatin1() + "; Path=/; HttpOnly; SameSite=Lax";
    if (tls)
        header += "; Secure";
    return header;
}

QString BrowserSessionStore::cookieValue(const QByteArray& cookieHeader, const QString& name)
{
    const QByteArray wanted = name.toLatin1();
    // Several Cookie headers arrive joined with ", " (HttpRequest); our values never hold a comma.
    for (QByteArray part : cookieHeader.split(';')) {
        for (QByteArray cookie : part.split(',')) {
            cookie = cookie.trimmed();
            const qsizetype eq = cookie.indexOf('=');
            if (eq > 0 && cookie.left(eq).trimmed() == wanted)
                return QString::fromLatin1(cookie.mid(eq + 1).trimmed());
        }
    }
    return {};
}

bool BrowserSessionStore::tokensEqual(const QString& submitted, const QString& expected)
{
    const QByteArray a = submitted.toUtf8();
    const QByteArray b = expected.toUtf8();
    if (a.size() != b.size() || b.isEmpty())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace mcpauth
