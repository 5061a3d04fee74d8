#include "ClientMetadataDocument.h"

#include "redirect/RedirectUriRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

namespace mcpauth {

namespace {

Error invalidClient(const QString& text)
{
    return Error::invalid(QStringLiteral("invalid_client"), text);
}

// Display text from a document the client controls: no control or format characters (which could
// reorder or hide text on the consent page), collapsed white space, at most 200 characters.
QString cleanText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue;
        out += c.isSpace() ? QChar(u' ') : c;
    }
    out = out.simplified();
    if (out.size() > 200)
        out = out.left(199) + QChar(0x2026);
    return out;
}

Result<QStringList> stringArray(const QJsonObject& doc, const QString& member, bool required)
{
    const QJsonValue value = doc.value(member);
    if (value.isUndefined()) {
        if (required)
            return invalidClient(QStringLiteral("The metadata document has no \"%1\".").arg(member));
        return QStringList();
    }
    if (!value.isArray())
        return invalidClient(QStringLiteral("\"%1\" in the metadata document is not an array of strings.").arg(member));
    QStringList out;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return invalidClient(
                QStringLiteral("\"%1\" in the metadata document is not an array of strings.").arg(member));
        out << item.toString();
    }
    return out;
}

Result<QString> optionalString(const QJsonObject& doc, const QString& member)
{
    const QJsonValue value = doc.value(member);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return invalidClient(QStringLiteral("\"%1\" in the metadata document is not a string.").arg(member));
    return value.toString();
}

} // namespace

Result<ClientMetadataDocument> ClientMetadataDocument::parse(const QString& clientIdUrl, const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return invalidClient(
            QStringLiteral("The client's metadata document at %1 is not a JSON object.").arg(clientIdUrl));
    ClientMetadataDocument doc;
    doc.json = json.object();

    // Simple string comparison, as the draft requires: no normalisation of case, port or slash.
    const QJsonValue id = doc.json.value(QStringLiteral("client_id"));
    if (!id.isString())
        return invalidClient(QStringLiteral("The metadata document at %1 has no \"client_id\".").arg(clientIdUrl));
    if (id.toString() != clientIdUrl)
        return invalidClient(QStringLiteral("The metadata document at %1 names a different client_id (%2); it must "
                                            "be exactly the document's URL.")
                                 .arg(clientIdUrl, id.toString().left(300)));
    doc.clientId = clientIdUrl;

    for (const char* secret : {"client_secret", "client_secret_expires_at"}) {
        if (doc.json.contains(QLatin1String(secret)))
            return invalidClient(QStringLiteral("The metadata document contains \"%1\"; a metadata document is public "
                                                "and must never hold a secret.")
                                     .arg(QLatin1String(secret)));
    }
    auto authMethod = optionalString(doc.json, QStringLiteral("token_endpoint_auth_method"));
    if (!authMethod)
        return authMethod.error();
    if (!authMethod->isEmpty() && *authMethod != QLatin1String("none"))
        return invalidClient(QStringLiteral("The metadata document asks for the token endpoint authentication method "
                                            "\"%1\"; this server accepts metadata-document clients only as public "
                                            "clients (\"none\") that prove themselves with PKCE.")
                                 .arg(authMethod->left(100)));

    auto grants = stringArray(doc.json, QStringLiteral("grant_types"), false);
    if (!grants)
        return grants.error();
    if (!grants->isEmpty() && !grants->contains(QStringLiteral("authorization_code")))
        return invalidClient(
            QStringLiteral("The metadata document's \"grant_types\" do not include authorization_code."));
    if (grants->contains(QStringLiteral("client_credentials")))
        return invalidClient(QStringLiteral("The metadata document asks for client_credentials, which a public "
                                            "client cannot use."));
    auto responseTypes = stringArray(doc.json, QStringLiteral("response_types"), false);
    if (!responseTypes)
        return responseTypes.error();
    if (!responseTypes->isEmpty() && !responseTypes->contains(QStringLiteral("code")))
        return invalidClient(QStringLiteral("The metadata document's \"response_types\" do not include code."));

    auto redirects = stringArray(doc.json, QStringLiteral("redirect_uris"), true);
    if (!redirects)
        return redirects.error();
    if (redirects->isEmpty())
        return invalidClient(QStringLiteral("The metadata document lists no redirect URI."));
    if (redirects->size() > 20)
        return invalidClient(QStringLiteral("The metadata document lists more than 20 redirect URIs."));
    for (const QString& uri : std::as_const(*redirects)) {
        if (doc.redirectUris.contains(uri))
            continue;
        if (const Status ok = RedirectUriRules::validateRegistration(uri, ClientKind::Native); !ok)
            return invalidClient(QStringLiteral("The metadata document has a redirect URI this server refuses: %1")
                                     .arg(ok.error().message));
        doc.redirectUris << uri;
    }

    // The MCP authorization spec requires client_name in the document, and the consent page must
    // name the client: a document without a readable one is refused rather than shown as a host.
    auto name = optionalString(doc.json, QStringLiteral("client_name"));
    if (!name)
        return name.error();
    if (!doc.json.value(QStringLiteral("client_name")).isString())
        return invalidClient(QStringLiteral("The metadata document at %1 has no \"client_name\"; the MCP "
                                            "authorization specification requires one.")
                                 .arg(clientIdUrl));
    doc.clientName = cleanText(*name);
    if (doc.clientName.isEmpty())
        return invalidClient(
            QStringLiteral("The metadata document's \"client_name\" is empty once invisible characters are removed."));
    auto clientUri = optionalString(doc.json, QStringLiteral("client_uri"));
    if (!clientUri)
        return clientUri.error();
    doc.clientUri = clientUri->left(2048);
    auto scope = optionalString(doc.json, QStringLiteral("scope"));
    if (!scope)
        return scope.error();
    doc.scopes = scope->split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto type = optionalString(doc.json, QStringLiteral("application_type"));
    if (!type)
        return type.error();
    if (!type->isEmpty() && *type != QLatin1String("native") && *type != QLatin1String("web"))
        return invalidClient(
            QStringLiteral("The metadata document's \"application_type\" must be \"native\" or \"web\"."));
    doc.applicationType = *type;
    return doc;
}

bool ClientMetadataDocument::loopbackOnly() const
{
    for (const QString& uri : redirectUris) {
        const QUrl url(uri);
        if (url.scheme() != QLatin1String("http") || !RedirectUriRules::isLoopbackHost(url.host()))
            return false;
    }
    return !redirectUris.isEmpty();
}

} // namespace mcpauth
