#include "AuthorizationServerMetadata.h"

#include "DiscoveryUrls.h"
#include "MetadataJson.h"

namespace mcpauth {

namespace {

const QString kDocument = QStringLiteral("authorization server metadata");

QString issuerHint(const QString& actual, const QString& expected)
{
    if (actual + QLatin1Char('/') == expected || expected + QLatin1Char('/') == actual)
        return QStringLiteral(" They differ only by a trailing slash, which still makes them different issuers.");
    if (actual.compare(expected, Qt::CaseInsensitive) == 0)
        return QStringLiteral(" They differ only in letter case, which still makes them different issuers.");
    const QUrl a(actual);
    const QUrl e(expected);
    if (a.isValid() && e.isValid() && a.host().compare(e.host(), Qt::CaseInsensitive) != 0)
        return QStringLiteral(" The document names another host: a proxy or a misconfigured public URL (the "
                              "server's configured issuer or base URL) is the usual cause.");
    return QString();
}

Status readPkce(MetadataJson& doc, AuthorizationServerMetadata& out)
{
    const QString member = QStringLiteral("code_challenge_methods_supported");
    auto methods = doc.optionalStringArray(member);
    if (!methods)
        return methods.error();
    if (!methods->has_value()) {
        out.pkce = AuthorizationServerMetadata::Pkce::NotAdvertised;
        doc.warn(QStringLiteral("The %1 has no code_challenge_methods_supported, so it does not say that it "
                                "supports PKCE. MCP requires a client to refuse to proceed in this case (the server "
                                "may still support S256; proceeding is the user's decision).")
                     .arg(kDocument));
        return {};
    }
    out.codeChallengeMethodsSupported = **methods;
    if (!out.codeChallengeMethodsSupported.contains(QStringLiteral("S256"))) {
        QStringList quotedMethods;
        for (const QString& m : std::as_const(out.codeChallengeMethodsSupported))
            quotedMethods << MetadataJson::quoted(m);
        return Error::invalid(member,
            out.codeChallengeMethodsSupported.isEmpty()
                ? QStringLiteral("The %1's code_challenge_methods_supported is an empty list: the server supports no "
                                 "PKCE method, and MCP clients must use S256.")
                      .arg(kDocument)
                : QStringLiteral("The %1's code_challenge_methods_supported lists %2 but not S256, the only PKCE "
                                 "method MCP clients may use.")
                      .arg(kDocument, quotedMethods.join(QStringLiteral(", "))));
    }
    out.pkce = AuthorizationServerMetadata::Pkce::S256;
    return {};
}

} // namespace

Result<AuthorizationServerMetadata> AuthorizationServerMetadata::parse(
    const QByteArray& body, const QString& expectedIssuer, bool allowLoopbackHttp)
{
    auto parsed = MetadataJson::parse(body, kDocument);
    if (!parsed)
        return parsed.error();
    MetadataJson doc = std::move(parsed).value();
    AuthorizationServerMetadata out;
    out.json = doc.json();

    auto issuer = doc.requiredString(QStringLiteral("issuer"));
    if (!issuer)
        return issuer.error();
    out.issuer = *issuer;
    if (!expectedIssuer.isEmpty() && out.issuer != expectedIssuer)
        return Error::invalid(QStringLiteral("issuer"),
            QStringLiteral("The %1 names the issuer %2, but it was fetched for the issuer %3. RFC 8414 section 3.3 "
                           "requires them to be identical, and metadata whose issuer differs must not be used.%4")
                .arg(kDocument, MetadataJson::quoted(out.issuer), MetadataJson::quoted(expectedIssuer),
                    issuerHint(out.issuer, expectedIssuer)));
    if (auto usable = DiscoveryUrls::authorizationServerMetadata(out.issuer, allowLoopbackHttp); !usable)
        return usable.error();

    auto authorization = doc.requiredUrl(QStringLiteral("authorization_endpoint"), allowLoopbackHttp);
    if (!authorization)
        return authorization.error();
    out.authorizationEndpoint = *authorization;
    auto token = doc.requiredUrl(QStringLiteral("token_endpoint"), allowLoopbackHttp);
    if (!token)
        return token.error();
    out.tokenEndpoint = *token;
    out.registrationEndpoint = doc.optionalUrl(QStringLiteral("registration_endpoint"), allowLoopbackHttp);
    out.introspectionEndpoint = doc.optionalUrl(QStringLiteral("introspection_endpoint"), allowLoopbackHttp);
    out.revocationEndpoint = doc.optionalUrl(QStringLiteral("revocation_endpoint"), allowLoopbackHttp);
    out.jwksUri = doc.optionalUrl(QStringLiteral("jwks_uri"), allowLoopbackHttp);

    if (Status s = readPkce(doc, out); !s)
        return s.error();

    auto authMethods = doc.optionalStringArray(QStringLiteral("token_endpoint_auth_methods_supported"));
    if (!authMethods)
        return authMethods.error();
    out.tokenEndpointAuthMethodsDefaulted = !authMethods->has_value();
    out.tokenEndpointAuthMethodsSupported = authMethods->value_or(QStringList{QStringLiteral("client_secret_basic")});

    if (const auto grants = doc.informationalStringArray(QStringLiteral("grant_types_supported"))) {
        out.grantTypesSupported = *grants;
        if (!grants->contains(QStringLiteral("authorization_code")))
            doc.warn(QStringLiteral("The %1's grant_types_supported does not list authorization_code, the grant "
                                    "MCP clients use.")
                         .arg(kDocument));
    } else {
        out.grantTypesDefaulted = true;
        out.grantTypesSupported = QStringList{QStringLiteral("authorization_code"), QStringLiteral("implicit")};
    }

    if (const auto responseTypes = doc.informationalStringArray(QStringLiteral("response_types_supported"))) {
        out.responseTypesSupported = *responseTypes;
        if (!responseTypes->contains(QStringLiteral("code")))
            doc.warn(QStringLiteral("The %1's response_types_supported does not list code, the response type of "
                                    "the authorization code flow.")
                         .arg(kDocument));
    } else if (!out.json.contains(QStringLiteral("response_types_supported"))) {
        doc.warn(QStringLiteral("The %1 has no response_types_supported, which RFC 8414 requires.").arg(kDocument));
    }

    out.scopesSupported = doc.informationalStringArray(QStringLiteral("scopes_supported"));
    out.clientIdMetadataDocumentSupported
        = doc.informationalBool(QStringLiteral("client_id_metadata_document_supported")).value_or(false);
    out.authorizationResponseIssParameterSupported
        = doc.informationalBool(QStringLiteral("authorization_response_iss_parameter_supported")).value_or(false);
    out.warnings = doc.warnings();
    return out;
}

} // namespace mcpauth
