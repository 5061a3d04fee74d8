#pragma once

#include <QStyledItemDelegate>

namespace mcpauth {

// Colours a TranscriptTableModel row by what it is: failures and error statuses in red, redirects
// in blue, notes greyed, JSON-RPC messages in purple; each made readable on the view's background
// (StatusColors), light or dark.
class TranscriptItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptItemDelegate)

public:
    explicit TranscriptItemDelegate(QObject* parent = nullptr);

    // The text colour of a row of a TranscriptTableModel on `palette`; invalid: the palette's own.
    [[nodiscard]] static QColor foreground(const QModelIndex& index, const QPalette& palette);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace mcpauth
