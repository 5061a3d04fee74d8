#include "SigningKeyTableModel.h"

#include <QDateTime>

namespace mcpauth {

namespace {

QString time(qint64 ms)
{
    return ms == 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

SigningKeyTableModel::SigningKeyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SigningKeyTableModel::setKeys(QList<SigningKey> keys, qint64 nowMs)
{
    beginResetModel();
    m_keys = std::move(keys);
    // Active first, then the newest.
    std::stable_sort(m_keys.begin(), m_keys.end(), [](const SigningKey& a, const SigningKey& b) {
        if ((a.state == KeyState::Active) != (b.state == KeyState::Active))
            return a.state == KeyState::Active;
        return a.createdAt > b.createdAt;
    });
    m_now = nowMs;
    endResetModel();
}

QString SigningKeyTableModel::meaning(const SigningKey& key, qint64 nowMs)
{
    switch (key.state) {
    case KeyState::Active:
        return tr("Signs every new %1 token and is published in the JWKS.")
            .arg(enumName(kSigningAlgorithmNames, key.algorithm));
    case KeyState::Retired:
        return key.isPublishedAt(nowMs)
            ? tr("Signs nothing new; stays in the JWKS until the tokens it signed have expired.")
            : tr("Signs nothing and is no longer published: tokens it signed no longer verify.");
    case KeyState::Revoked:
        return tr("Withdrawn: never published, every token it signed is refused.");
    }
    return {};
}

int SigningKeyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int SigningKeyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SigningKeyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    const SigningKey& k = m_keys.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == MeaningColumn)
        return meaning(k, m_now);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KidColumn:
        return k.kid;
    case AlgorithmColumn:
        return enumName(kSigningAlgorithmNames, k.algorithm);
    case StateColumn:
        switch (k.state) {
        case KeyState::Active:
            return tr("Active");
        case KeyState::Retired:
            return k.isPublishedAt(m_now) ? tr("Retired, published") : tr("Retired");
        case KeyState::Revoked:
            return tr("Revoked");
        }
        return {};
    case CreatedColumn:
        return time(k.createdAt);
    case RetiredColumn:
        return time(k.retiredAt);
    case PublishedUntilColumn:
        return k.state == KeyState::Active ? tr("while active") : time(k.publishUntil);
    case MeaningColumn:
        return meaning(k, m_now);
    default:
        return {};
    }
}

QVariant SigningKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KidColumn:
        return tr("Key ID (kid)");
    case AlgorithmColumn:
        return tr("Algorithm");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    case RetiredColumn:
        return tr("Retired");
    case PublishedUntilColumn:
        return tr("Published until");
    case MeaningColumn:
        return tr("What it means");
    default:
        return {};
    }
}

} // namespace mcpauth
