#pragma once

#include "domain/SigningKey.h"

#include <QAbstractTableModel>

namespace mcpauth {

// The local server's signing keys (metadata only) as a table, with what each state means.
class SigningKeyTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SigningKeyTableModel)

public:
    enum Column {
        KidColumn,
        AlgorithmColumn,
        StateColumn,
        CreatedColumn,
        RetiredColumn,
        PublishedUntilColumn,
        MeaningColumn,
        ColumnCount
    };

    explicit SigningKeyTableModel(QObject* parent = nullptr);

    // `nowMs` judges whether a retired key is still published.
    void setKeys(QList<SigningKey> keys, qint64 nowMs);
    [[nodiscard]] const SigningKey& key(int row) const { return m_keys.at(row); }
    [[nodiscard]] static QString meaning(const SigningKey& key, qint64 nowMs);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SigningKey> m_keys;
    qint64 m_now = 0;
};

} // namespace mcpauth
