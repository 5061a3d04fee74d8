#include "TranscriptItemDelegate.h"

#include "models/TranscriptTableModel.h"
#include "widgets/StatusColors.h"

namespace mcpauth {

TranscriptItemDelegate::TranscriptItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QColor TranscriptItemDelegate::foreground(const QModelIndex& index, const QPalette& palette)
{
    using SC = TranscriptTableModel::StatusClass;
    using Kind = TranscriptEvent::Kind;
    const auto status = SC(index.data(TranscriptTableModel::StatusClassRole).toInt());
    const auto kind = Kind(index.data(TranscriptTableModel::KindRole).toInt());
    switch (status) {
    case SC::Failure:
    case SC::ServerError:
    case SC::ClientError:
        return StatusColors::color(StatusColors::Kind::Error, palette, QPalette::Base);
    case SC::Redirect:
        return StatusColors::color(StatusColors::Kind::Info, palette, QPalette::Base);
    case SC::Success:
    case SC::Neutral:
        if (kind == Kind::Note)
            return palette.color(QPalette::Disabled, QPalette::Text);
        if (kind != Kind::Http && kind != Kind::Browser)
            return StatusColors::color(StatusColors::Kind::Message, palette, QPalette::Base);
        break;
    }
    return {};
}

void TranscriptItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using SC = TranscriptTableModel::StatusClass;
    const QColor colour = foreground(index, option->palette);
    if (colour.isValid())
        option->palette.setColor(QPalette::Text, colour);
    const auto status = SC(index.data(TranscriptTableModel::StatusClassRole).toInt());
    if (status == SC::Failure || status == SC::ServerError || status == SC::ClientError)
        option->font.setBold(index.column() == TranscriptTableModel::StatusColumn);
}

} // namespace mcpauth
