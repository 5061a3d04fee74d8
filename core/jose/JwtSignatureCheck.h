#pragma once

#include "domain/SigningKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mcpauth {

// Whether a pasted JWT was signed by one of the local server's published keys (what its JWKS serves at
// `nowMs`: the active keys, and retired keys until publishUntil), given their stored public halves. For
// the console's "look up a token": a sentence for each outcome, never a decision about access.
struct JwtSignatureVerdict
{
    bool valid = false;
    QString kid; // the header's kid
    QString explanation; // in words: which key verified it, or why it does not verify
};

class JwtSignatureCheck
{
    Q_DECLARE_TR_FUNCTIONS(JwtSignatureCheck)

public:
    [[nodiscard]] static JwtSignatureVerdict check(
        const QByteArray& compact, const QList<SigningKey>& keys, qint64 nowMs);
};

} // namespace mcpauth
