#include "SigningKey.h"

#include "Names.h"

#include <QDateTime>

namespace mcpauth {

namespace {

// The JWKS is built from SubjectPublicKeyInfo; the other PEM kinds people paste get a conversion command.
QString pemProblem(const QByteArray& pem)
{
    static const QByteArray spki = QByteArrayLiteral("-----BEGIN PUBLIC KEY-----");
    if (pem.isEmpty())
        return QStringLiteral("The signing key has no public key. Add the public key in PEM form; it starts with "
                              "-----BEGIN PUBLIC KEY-----.");
    if (pem.startsWith(spki))
        return {};
    const QByteArray trimmed = pem.trimmed();
    if (trimmed.startsWith(spki))
        return QStringLiteral("The public key starts with white space before -----BEGIN PUBLIC KEY-----. Remove it.");
    if (trimmed.startsWith(QByteArrayLiteral("-----BEGIN RSA PUBLIC KEY-----")))
        return QStringLiteral("The public key is in the PKCS#1 form (-----BEGIN RSA PUBLIC KEY-----), but a "
                              "SubjectPublicKeyInfo key (-----BEGIN PUBLIC KEY-----) is needed. Convert it with "
                              "'openssl rsa -RSAPublicKey_in -in key.pem -pubout' and paste the output.");
    if (trimmed.startsWith(QByteArrayLiteral("-----BEGIN CERTIFICATE-----")))
        return QStringLiteral("The public key field holds a certificate, but the key itself is needed. Extract it "
                              "with 'openssl x509 -in cert.pem -pubkey -noout' and paste the output.");
    const qsizetype lineEnd = trimmed.indexOf('\n');
    if (trimmed.startsWith("-----BEGIN") && trimmed.left(lineEnd < 0 ? trimmed.size() : lineEnd).contains("PRIVATE"))
        return QStringLiteral("The public key field holds a private key, which must never be stored or published as "
                              "the public key. Paste only the public part, as printed by 'openssl pkey -in key.pem "
                              "-pubout'.");
    return QStringLiteral("The public key does not start with -----BEGIN PUBLIC KEY-----. Paste the key in PEM "
                          "SubjectPublicKeyInfo form, as printed by 'openssl pkey -in key.pem -pubout'.");
}

} // namespace

ValidationErrors SigningKey::validate() const
{
    ValidationErrors errors;
    errors << Names::checkIdentifier(
        QStringLiteral("kid"), QStringLiteral("key ID (kid)"), kid, 1, 64, QStringLiteral("._-"));
    if (enumName(kSigningAlgorithmNames, algorithm).isEmpty()) {
        errors << FieldError{QStringLiteral("algorithm"),
            QStringLiteral("The signing algorithm has an unknown value (%1). Choose RS256 or ES256.")
                .arg(QString::number(static_cast<int>(algorithm)))};
    }
    if (enumName(kKeyStateNames, state).isEmpty()) {
        errors << FieldError{QStringLiteral("state"),
            QStringLiteral("The key state has an unknown value (%1). A key is active, retired or revoked.")
                .arg(QString::number(static_cast<int>(state)))};
    }
    const QString problem = pemProblem(publicKeyPem);
    if (!problem.isEmpty())
        errors << FieldError{QStringLiteral("publicKeyPem"), problem};

    const QString field = QStringLiteral("retiredAt");
    const QString theKey
        = kid.isEmpty() ? QStringLiteral("The key") : QStringLiteral("The key %1").arg(Names::quoted(kid));
    if (state == KeyState::Active && retiredAt != 0) {
        errors << FieldError{field,
            QStringLiteral("%1 is active but has a retirement time (%2). Clear the retirement time, or set "
                           "the state to retired.")
                .arg(theKey, Names::timeText(retiredAt))};
    } else if (state == KeyState::Retired && retiredAt <= 0) {
        errors << FieldError{field,
            QStringLiteral("%1 is retired but has no retirement time. Set retiredAt to when it stopped "
                           "signing, so that it stays in the JWKS until its last token expires.")
                .arg(theKey)};
    } else if (retiredAt < 0) {
        errors << FieldError{field,
            QStringLiteral("%1 has a negative retirement time (%2). Use 0 or the time it stopped signing.")
                .arg(theKey, QString::number(retiredAt))};
    }
    if (retiredAt > 0 && createdAt > 0 && retiredAt < createdAt) {
        errors << FieldError{field,
            QStringLiteral("%1 is retired at %2, before it was created at %3. The retirement time must be "
                           "after the creation time.")
                .arg(theKey, Names::timeText(retiredAt), Names::timeText(createdAt))};
    }
    return errors;
}

} // namespace mcpauth
