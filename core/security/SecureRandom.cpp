#include "SecureRandom.h"

#include <QRandomGenerator>
#include <QUuid>

namespace mcpauth {

QByteArray SecureRandom::bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    QRandomGenerator* rng = QRandomGenerator::system();
    int i = 0;
    while (i < count) {
        const quint32 word = rng->generate();
        for (int b = 0; b < 4 && i < count; ++b, ++i)
            out[i] = static_cast<char>((word >> (8 * b)) & 0xff);
    }
    return out;
}

QString SecureRandom::token(int byteCount)
{
    return QString::fromLatin1(
        bytes(byteCount).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SecureRandom::timeOrderedId(qint64 msSinceEpoch)
{
    return QStringLiteral("%1").arg(quint64(msSinceEpoch) & 0xffffffffffffULL, 12, 16, QLatin1Char('0')) + token(12);
}

QString SecureRandom::uuid()
{
    QByteArray raw = bytes(16);
    raw[6] = static_cast<char>((raw[6] & 0x0f) | 0x40); // version 4
    raw[8] = static_cast<char>((raw[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
}

} // namespace mcpauth
