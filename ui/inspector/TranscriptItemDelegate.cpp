#include "TranscriptItemDelegate.h"

#include "models/TranscriptTableModel.h"

namespace mcpauth {

TranscriptItemDelegate::TranscriptItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

void TranscriptItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using SC = TranscriptTableModel::StatusClass;
    using Kind = TranscriptEvent::Kind;
    const auto status = SC(index.data(TranscriptTableModel::StatusClassRole).toInt());
    const auto kind = Kind(index.data(TranscriptTableModel::KindRole).toInt());
    QColor colour;
    switch (status) {
    case SC::Failure:
    case SC::ServerError:
    case SC::ClientError:
        colour = QColor(0xc0, 0x1c, 0x28);
        break;
    case SC::Redirect:
        colour = QColor(0x1c, 0x5f, 0xb8);
        break;
    case SC::Success:
    case SC::Neutral:
        if (kind == Kind::Note)
            colour = option->palette.color(QPalette::Disabled, QPalette::Text);
        else if (kind != Kind::Http && kind != Kind::Browser)
            colour = QColor(0x6a, 0x3d, 0x9a);
        break;
    }
    if (colour.isValid()) {
        option->palette.setColor(QPalette::Text, colour);
        option->palette.setColor(QPalette::HighlightedText, option->palette.color(QPalette::HighlightedText));
    }
    if (status == SC::Failure || status == SC::ServerError || status == SC::ClientError)
        option->font.setBold(index.column() == TranscriptTableModel::StatusColumn);
}

} // namespace mcpauth
