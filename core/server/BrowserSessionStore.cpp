#include "BrowserSessionStore.h"

#include "http/HttpRequest.h"
#include "security/SecureRandom.h"

#include <openssl/crypto.h>

namespace mcpauth {

BrowserSession* BrowserSessionStore::find(const QString& id, qint64 nowMs)
{
    if (id.isEmpty())
        return nullptr;
    auto it = m_sessions.find(id);
    if (it == m_sessions.end())
        return nullptr;
    if (it->expiresAt <= nowMs) {
        m_sessions.erase(it);
        return nullptr;
    }
    return &it.value();
}

BrowserSession* BrowserSessionStore::fromRequest(const HttpRequest& request, bool tls, qint64 nowMs)
{
    return find(cookieValue(request.header("cookie"), cookieName(tls)), nowMs);
}

BrowserSession& BrowserSessionStore::create(qint64 nowMs)
{
    purge(nowMs);
    BrowserSession session;
    session.id = SecureRandom::token(32);
    session.csrfToken = SecureRandom::token(32);
    session.createdAt = nowMs;
    session.expiresAt = nowMs + kLifetimeMs;
    return m_sessions.insert(session.id, session).value();
}

BrowserSession& BrowserSessionStore::rotate(const QString& id, qint64 nowMs)
{
    BrowserSession session = m_sessions.take(id);
    session.id = SecureRandom::token(32);
    session.csrfToken = SecureRandom::token(32);
    session.expiresAt = nowMs + kLifetimeMs;
    return m_sessions.insert(session.id, session).value();
}

void BrowserSessionStore::purge(qint64 nowMs)
{
    if (m_sessions.size() < kMaxSessions)
        return;
    for (auto it = m_sessions.begin(); it != m_sessions.end();)
        it = it->expiresAt <= nowMs ? m_sessions.erase(it) : std::next(it);
    while (m_sessions.size() >= kMaxSessions) {
        auto oldest = m_sessions.begin();
        for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
            if (it->createdAt < oldest->createdAt)
                oldest = it;
        }
        m_sessions.erase(oldest);
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
