#include "DifferenceNote.h"

#include "backend/Backend.h"

namespace mcpauth {

DifferenceNote::DifferenceNote(const Backend& backend, const QString& topic, QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("differenceNote:") + topic);
    const QString note = backend.difference(topic);
    setText(note);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Muted like a remark, so it reads as information about the server, not as an error; at the top of
    // whatever height a form layout gives a word-wrapped label.
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setMargin(2);
    // As tall as its text: a form layout would otherwise stretch the frame.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setForegroundRole(QPalette::PlaceholderText);
    setAccessibleName(tr("About this server"));
    setAccessibleDescription(note);
    setVisible(!note.isEmpty());
}

DifferenceNote::~DifferenceNote() = default;

} // namespace mcpauth
