#include "SecretMasker.h"

#include "common/Utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mcpauth {

namespace {

constexpr const char* kSecretParameters[] = {"code", "code_verifier", "client_secret", "access_token", "refresh_token",
    "id_token", "registration_access_token", "password", "client_assertion", "subject_token", "actor_token",
    "assertion", "device_code"};

constexpr const char* kSecretHeaders[] = {"authorization", "proxy-authorization", "cookie", "set-cookie", "dpop"};

// Parts of a header name that say it carries a credential (X-Api-Key, X-Auth-Token, X-Client-Secret).
constexpr const char* kSecretHeaderWords[] = {"api-key", "apikey", "api_key", "token", "secret", "password"};

constexpr int kMaxJsonDepth = 64;

bool isBase64UrlSegment(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'
                || u == u'_'))
            return false;
    }
    return true;
}

// A compact JWS (3 parts) or JWE (5 parts) whose header is a base64url JSON object ("eyJ" = `{"`).
bool looksLikeJwt(const QString& value)
{
    const QList<QStringView> parts = QStringView(value).split(QLatin1Char('.'));
    if ((parts.size() != 3 && parts.size() != 5) || !parts.first().startsWith(QLatin1String("eyJ")))
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        // An unsecured JWS has an empty signature; it is still a token.
        if (!isBase64UrlSegment(parts[i]) && !(i == parts.size() - 1 && parts[i].isEmpty()))
            return false;
    }
    return true;
}

QByteArray mediaTypeOf(const QByteArray& contentType)
{
    return contentType.split(';').first().trimmed().toLower();
}

bool isJsonType(const QByteArray& mediaType)
{
    return mediaType == "application/json" || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
}

// application/x-www-form-urlencoded decoding of one name or value.
QString formDecode(QStringView encoded)
{
    QByteArray bytes = encoded.toUtf8();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

// The marker in a form body ("[masked,+43+chars]") or a URL ("[masked,%2043%20chars]", which QUrl
// shows as "[masked, 43 chars]"): readable, and decoding to the marker itself. A URL gets %20, not
// '+', because whether '+' means a space in a query depends on who reads it.
QString formEncode(const QString& value, bool plusForSpace = true)
{
    QByteArray encoded = value.toUtf8().toPercentEncoding(QByteArrayLiteral("[],"));
    if (plusForSpace)
        encoded.replace("%20", "+");
    return QString::fromLatin1(encoded);
}

// Something a person can read in a header without breaking the marker's shape.
QString shownUser(const QString& user)
{
    QString out = user.left(100);
    for (QChar& c : out) {
        if (c == QLatin1Char('"') || c == QLatin1Char(']') || c.category() == QChar::Other_Control)
            c = QLatin1Char('?');
    }
    return out;
}

// JSON whose string values may themselves be JSON text (MCP tool results carry JSON in "text").
bool parseJsonText(const QString& text, QJsonDocument& out)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1Char('{')) && !trimmed.startsWith(QLatin1Char('[')))
        return false;
    QJsonParseError error;
    out = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    return error.error == QJsonParseError::NoError && !out.isNull();
}

} // namespace

SecretMasker::SecretMasker()
{
    for (const char* name : kSecretParameters)
        m_secretParameters.insert(QString::fromLatin1(name));
    for (const char* name : kSecretHeaders)
        m_secretHeaders.insert(QByteArray(name));
    rebuildPatterns();
}

void SecretMasker::addSecretHeader(const QByteArray& name)
{
    m_secretHeaders.insert(name.trimmed().toLower());
}

void SecretMasker::addSecretParameter(const QString& name)
{
    m_secretParameters.insert(name);
    rebuildPatterns();
}

bool SecretMasker::isSecretHeader(const QByteArray& name) const
{
    const QByteArray lower = name.trimmed().toLower();
    if (m_secretHeaders.contains(lower))
        return true;
    for (const char* word : kSecretHeaderWords) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

bool SecretMasker::isSecretParameter(const QString& name) const
{
    return m_secretParameters.contains(name);
}

QString SecretMasker::marker(const QString& secret)
{
    return looksLikeJwt(secret) ? QStringLiteral("[masked JWT, %1 chars]").arg(secret.size())
                                : QStringLiteral("[masked, %1 chars]").arg(secret.size());
}

bool SecretMasker::isMarker(const QString& value)
{
    static const QRegularExpression re(QStringLiteral(R"(^\[masked(?: JWT)?, \d+ chars(?:, user "[^"\]]*")?\]$)"));
    return re.match(value).hasMatch();
}

QByteArray SecretMasker::maskCredentials(const QByteArray& value) const
{
    const QString text = QString::fromUtf8(value).trimmed();
    if (text.isEmpty() || isMarker(text))
        return value;
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space < 0) {
        // A scheme alone ("Bearer" with an empty token) is evidence of a client bug, not a secret;
        // a single word that is not a known scheme may be a bare credential.
        static const QStringList schemes{QStringLiteral("bearer"), QStringLiteral("basic"), QStringLiteral("dpop"),
            QStringLiteral("digest"), QStringLiteral("negotiate")};
        return schemes.contains(text.toLower()) ? value : marker(text).toUtf8();
    }
    const QString scheme = text.left(space);
    const QString credential = text.mid(space + 1).trimmed();
    if (credential.isEmpty() || isMarker(credential))
        return value;
    if (scheme.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0) {
        // RFC 7617 user-pass; for OAuth client authentication the user is the client_id (RFC 6749
        // section 2.3.1), which is public and is what an invalid_client diagnosis needs to see.
        const auto decoded
            = QByteArray::fromBase64Encoding(credential.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (colon >= 0) {
            const QString user = QString::fromUtf8(decoded.decoded.left(colon));
            return (scheme + QLatin1Char(' ')
                + QStringLiteral("[masked, %1 chars, user \"%2\"]").arg(credential.size()).arg(shownUser(user)))
                .toUtf8();
        }
    }
    return (scheme + QLatin1Char(' ') + marker(credential)).toUtf8();
}

QByteArray SecretMasker::maskCookies(const QByteArray& value, bool setCookie) const
{
    // Set-Cookie lines that Qt joined with a line break; Cookie pairs separated by ';'.
    QList<QByteArray> lines = setCookie ? value.split('\n') : QList<QByteArray>{value};
    for (QByteArray& line : lines) {
        QList<QByteArray> parts = line.split(';');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (setCookie && i > 0)
                break; // attributes (Path, Expires, HttpOnly, ...) are not secret
            const qsizetype eq = parts[i].indexOf('=');
            const QString v = QString::fromUtf8(eq >= 0 ? parts[i].mid(eq + 1).trimmed() : parts[i].trimmed());
            if (v.isEmpty() || isMarker(v))
                continue;
            parts[i] = (eq >= 0 ? parts[i].left(eq + 1) : QByteArray(i > 0 ? " " : "")) + marker(v).toUtf8();
        }
        line = parts.join(';');
    }
    return lines.join('\n');
}

QByteArray SecretMasker::maskHeader(const QByteArray& name, const QByteArray& value) const
{
    const QByteArray lower = name.trimmed().toLower();
    if (lower == "authorization" || lower == "proxy-authorization")
        return maskCredentials(value);
    if (lower == "cookie")
        return maskCookies(value, false);
    if (lower == "set-cookie")
        return maskCookies(value, true);
    if (lower == "location" || lower == "content-location" || lower == "referer") {
        const QUrl url = QUrl::fromEncoded(value.trimmed());
        if (!url.isValid())
            return maskText(QString::fromUtf8(value)).toUtf8();
        const QUrl masked = maskUrl(url);
        return masked == url ? value : masked.toEncoded(); // unchanged URLs keep their exact bytes
    }
    if (isSecretHeader(name)) {
        const QString v = QString::fromUtf8(value).trimmed();
        if (v.isEmpty() || isMarker(v))
            return value;
        return marker(v).toUtf8();
    }
    return value;
}

HttpHeaders SecretMasker::maskHeaders(const HttpHeaders& headers) const
{
    HttpHeaders out;
    out.reserve(headers.size());
    for (const auto& h : headers)
        out.append({h.first, maskHeader(h.first, h.second)});
    return out;
}

QString SecretMasker::maskEncodedPairs(const QString& encoded, bool plusForSpace) const
{
    QStringList pairs = encoded.split(QLatin1Char('&'));
    for (QString& pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0 || !isSecretParameter(formDecode(QStringView(pair).left(eq))))
            continue;
        const QString value = formDecode(QStringView(pair).mid(eq + 1));
        if (value.isEmpty() || isMarker(value))
            continue;
        pair = pair.left(eq + 1) + formEncode(marker(value), plusForSpace);
    }
    return pairs.join(QLatin1Char('&'));
}

QUrl SecretMasker::maskUrl(const QUrl& url) const
{
    QUrl out = url;
    if (url.hasQuery())
        out.setQuery(maskEncodedPairs(url.query(QUrl::FullyEncoded), false), QUrl::TolerantMode);
    // The implicit grant and some error pages put tokens in the fragment.
    if (url.hasFragment() && url.fragment(QUrl::FullyEncoded).contains(QLatin1Char('=')))
        out.setFragment(maskEncodedPairs(url.fragment(QUrl::FullyEncoded), false), QUrl::TolerantMode);
    if (!url.password().isEmpty() && !isMarker(url.password()))
        out.setPassword(marker(url.password()));
    return out;
}

QByteArray SecretMasker::maskForm(const QByteArray& body) const
{
    return maskEncodedPairs(QString::fromUtf8(body), true).toUtf8();
}

void SecretMasker::rebuildPatterns()
{
    QStringList names;
    for (const QString& name : std::as_const(m_secretParameters))
        names << QRegularExpression::escape(name);
    names.sort(); // a stable pattern for a stable set of names
    const QString alternatives = names.join(QLatin1Char('|'));
    // "name": "value" in JSON (also JSON inside a JSON string, where the quotes are escaped), and
    // name=value in forms, URLs, HTML and prose. Possessive quantifiers: no backtracking on 4 MiB bodies.
    m_jsonPattern.setPattern(QStringLiteral(R"re(("(?:%1)"\s*+:\s*+")((?:[^"\\]++|\\.)*+)("))re").arg(alternatives));
    m_escapedJsonPattern.setPattern(
        QStringLiteral(R"re((\\"(?:%1)\\"\s*+:\s*+\\")([^"\\]*+)(\\"))re").arg(alternatives));
    // A value that is already a marker ("[masked,+43+chars]") is taken whole, so it is left alone.
    m_pairPattern.setPattern(
        QStringLiteral(R"re(((?<![A-Za-z0-9_.-])(?:%1)=)(\[masked[^\]&\s]*+\]|[^&\s"'<>#;,]++))re").arg(alternatives));
}

QString SecretMasker::maskText(const QString& text) const
{
    if (text.isEmpty())
        return text;
    auto replaceAll = [](const QString& in, const QRegularExpression& re, auto decode, auto encode) {
        QString out;
        qsizetype last = 0;
        auto it = re.globalMatch(in);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString value = decode(m.captured(2));
            if (value.isEmpty() || isMarker(value))
                continue;
            out += QStringView(in).mid(last, m.capturedStart(2) - last);
            out += encode(marker(value));
            last = m.capturedEnd(2);
        }
        if (last == 0)
            return in;
        out += QStringView(in).mid(last);
        return out;
    };
    auto jsonDecode = [](const QString& raw) {
        const QJsonDocument doc
            = QJsonDocument::fromJson((QStringLiteral("[\"") + raw + QStringLiteral("\"]")).toUtf8());
        return doc.isArray() ? doc.array().at(0).toString() : raw;
    };
    auto same = [](const QString& s) { return s; };
    QString out = replaceAll(text, m_jsonPattern, jsonDecode, same);
    out = replaceAll(out, m_escapedJsonPattern, same, same);
    out = replaceAll(
        out, m_pairPattern, [](const QString& s) { return formDecode(s); },
        [](const QString& s) { return formEncode(s); });
    return out;
}

namespace {

// Masks secret string values in place, at any depth; true when something was masked.
bool maskJsonValue(QJsonValue& value, const SecretMasker& masker, int depth);

bool maskJsonObject(QJsonObject& object, const SecretMasker& masker, int depth)
{
    bool changed = false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QJsonValue v = it.value();
        if (v.isString() && masker.isSecretParameter(it.key())) {
            const QString s = v.toString();
            if (!s.isEmpty() && !SecretMasker::isMarker(s)) {
                it.value() = SecretMasker::marker(s);
                changed = true;
            }
            continue;
        }
        if (maskJsonValue(v, masker, depth + 1)) {
            it.value() = v;
            changed = true;
        }
    }
    return changed;
}

bool maskJsonValue(QJsonValue& value, const SecretMasker& masker, int depth)
{
    if (depth > kMaxJsonDepth)
        return false;
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        if (!maskJsonObject(o, masker, depth))
            return false;
        value = o;
        return true;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        bool changed = false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonValue item = a.at(i);
            if (maskJsonValue(item, masker, depth + 1)) {
                a.replace(i, item);
                changed = true;
            }
        }
        if (changed)
            value = a;
        return changed;
    }
    if (value.isString()) {
        QJsonDocument inner;
        if (!parseJsonText(value.toString(), inner))
            return false;
        QJsonValue innerValue = inner.isObject() ? QJsonValue(inner.object()) : QJsonValue(inner.array());
        if (!maskJsonValue(innerValue, masker, depth + 1))
            return false;
        const QJsonDocument masked
            = innerValue.isObject() ? QJsonDocument(innerValue.toObject()) : QJsonDocument(innerValue.toArray());
        value = QString::fromUtf8(masked.toJson(QJsonDocument::Compact));
        return true;
    }
    return false;
}

} // namespace

QByteArray SecretMasker::maskJson(const QByteArray& body) const
{
    // First in place, so that the body keeps its layout and key order; then, if the body is JSON,
    // a walk through the parsed document makes sure nothing escaped the patterns (a value with
    // unusual escapes, a key written with \u escapes). Only then is the body re-serialized.
    const QByteArray patched = maskText(QString::fromUtf8(body)).toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(patched, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return patched;
    QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (!maskJsonValue(root, *this, 0))
        return patched;
    const QJsonDocument masked = root.isObject() ? QJsonDocument(root.toObject()) : QJsonDocument(root.toArray());
    return masked.toJson(QJsonDocument::Indented);
}

QByteArray SecretMasker::maskBody(const QByteArray& body, const QByteArray& contentType) const
{
    if (body.isEmpty())
        return body;
    const auto text = strictUtf8(body);
    if (!text)
        return body; // binary: images, compressed data; no parameter syntax to find secrets in
    const QByteArray type = mediaTypeOf(contentType);
    const QString trimmed = text->trimmed();
    if (type == "application/x-www-form-urlencoded")
        return maskForm(body);
    if (isJsonType(type)
        || (type.isEmpty() && (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('[')))))
        return maskJson(body);
    static const QRegularExpression formShape(QStringLiteral(R"(^[^=&\s]+=[^&\s]*(?:&[^=&\s]+=[^&\s]*)*$)"));
    if (type.isEmpty() && formShape.match(trimmed).hasMatch())
        return maskForm(body);
    return maskText(*text).toUtf8();
}

void SecretMasker::mask(TranscriptEvent& event) const
{
    event.request.url = maskUrl(event.request.url);
    event.request.headers = maskHeaders(event.request.headers);
    event.request.body = maskBody(event.request.body, event.request.contentType());
    if (event.response) {
        event.response->headers = maskHeaders(event.response->headers);
        event.response->body = maskBody(event.response->body, event.response->contentType());
    }
    event.note = maskText(event.note);
    event.error = maskText(event.error);
    for (QJsonObject* object : {&event.tokenHeader, &event.tokenClaims}) {
        QJsonValue v(*object);
        if (maskJsonValue(v, *this, 0))
            *object = v.toObject();
    }
}

} // namespace mcpauth
