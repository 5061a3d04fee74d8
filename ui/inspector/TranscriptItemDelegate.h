#pragma once

#include <QStyledItemDelegate>

namespace mcpauth {

// Colours a TranscriptTableModel row by what it is: failures and error statuses in red, redirects
// in blue, notes greyed, JSON-RPC messages in the palette's link colour.
class TranscriptItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptItemDelegate)

public:
    explicit TranscriptItemDelegate(QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace mcpauth
