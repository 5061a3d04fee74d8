#include "AuthorizationRequest.h"

#include "OAuthText.h"
#include "domain/Names.h"

#include <QUrl>

namespace mcpauth {

namespace {

Error oauth(const char* code, const QString& description)
{
    return Error::invalid(QString::fromLatin1(code), description);
}

} // namespace

AuthorizationRequest AuthorizationRequest::parse(const QByteArray& formEncoded)
{
    AuthorizationRequest r;
    for (const QByteArray& pair : formEncoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
        if (key.isEmpty())
            continue;
        if (r.params.contains(key)) {
            r.repeated.insert(key);
            continue;
        }
        r.params.insert(key, QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return r;
}

QStringList AuthorizationRequest::scopes() const
{
    QStringList out;
    for (const QString& s : value("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!out.contains(s))
            out << s;
    }
    return out;
}

QStringList AuthorizationRequest::prompts() const
{
    return value("prompt").split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

qsizetype AuthorizationRequest::maxLength(const QString& name)
{
    return name == QLatin1String("state") ? kMaxStateLength : kMaxValueLength;
}

QString AuthorizationRequest::oversizedParameter() const
{
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (it.value().size() > maxLength(it.key()))
            return it.key();
    }
    return {};
}

bool AuthorizationRequest::isS256Challenge(const QString& challenge)
{
    if (challenge.size() != 43)
        return false;
    for (const QChar c : challenge) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'
            || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

Status AuthorizationRequest::checkProtocol() const
{
    QStringList names = repeated.values();
    names.removeAll(QStringLiteral("resource"));
    if (!names.isEmpty()) {
        names.sort();
        return oauth("invalid_request",
            QStringLiteral("The parameter %1 was sent more than once.").arg(names.join(QStringLiteral(", "))));
    }
    if (isRepeated("resource"))
        return oauth("invalid_target", OAuthText::severalResources());
    if (const QString name = oversizedParameter(); !name.isEmpty())
        return oauth("invalid_request",
            QStringLiteral("The parameter %1 is longer than %2 characters.")
                .arg(name.left(100), QString::number(maxLength(name))));
    if (has("request") || has("request_uri"))
        return oauth("invalid_request", QStringLiteral("Request objects (request, request_uri) are not supported."));
    const QString responseType = value("response_type");
    if (responseType.isEmpty())
        return oauth("invalid_request", QStringLiteral("The request has no response_type; send response_type=code."));
    if (responseType != QLatin1String("code"))
        return oauth("unsupported_response_type",
            QStringLiteral("Only response_type=code is supported (OAuth 2.1), not '%1'.").arg(responseType.left(100)));
    if (!has("code_challenge") || codeChallenge().isEmpty())
        return oauth("invalid_request",
            QStringLiteral("PKCE is required: send code_challenge with code_challenge_method=S256."));
    const QString method = value("code_challenge_method");
    if (method.isEmpty() || method == QLatin1String("plain"))
        return oauth("invalid_request",
            QStringLiteral("PKCE must use code_challenge_method=S256; the plain method (the default when the "
                           "method is missing) is not accepted."));
    if (method != QLatin1String("S256"))
        return oauth("invalid_request",
            QStringLiteral("The code_challenge_method '%1' is not supported; use S256.").arg(method.left(100)));
    if (!isS256Challenge(codeChallenge()))
        return oauth(
            "invalid_request", QStringLiteral("The code_challenge is not a base64url SHA-256 value (43 characters)."));
    for (const QString& s : scopes()) {
        if (!Names::isScopeToken(s))
            return oauth(
                "invalid_scope", QStringLiteral("The scope '%1' is not a valid scope token.").arg(s.left(100)));
    }
    for (const QString& p : prompts()) {
        if (p != QLatin1String("none") && p != QLatin1String("login") && p != QLatin1String("consent"))
            return oauth("invalid_request",
                QStringLiteral("The prompt value '%1' is not supported; use none, login or consent.").arg(p.left(100)));
    }
    if (prompts().contains(QStringLiteral("none")) && prompts().size() > 1)
        return oauth("invalid_request", QStringLiteral("prompt=none cannot be combined with other prompt values."));
    return {};
}

} // namespace mcpauth
