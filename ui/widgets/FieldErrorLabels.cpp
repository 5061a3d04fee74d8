#include "FieldErrorLabels.h"

#include "StatusColors.h"
#include "common/Error.h"

#include <QLabel>
#include <QLayout>
#include <QWidget>

namespace mcpauth {

FieldErrorLabels::FieldErrorLabels(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
{ }

FieldErrorLabels::~FieldErrorLabels() = default;

QLabel* FieldErrorLabels::makeLabel(const QString& objectName)
{
    auto* label = new QLabel(m_parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Under its field, even when the layout gives the row more height than the text needs.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Palettes have no error role: a red made readable on this palette's background, light or dark.
    StatusColors::apply(label, StatusColors::Kind::Error);
    label->hide();
    return label;
}

QLabel* FieldErrorLabels::labelFor(const QString& field)
{
    QLabel*& label = m_labels[field];
    if (!label)
        label = makeLabel(field + QStringLiteral("ErrorLabel"));
    return label;
}

QLabel* FieldErrorLabels::generalLabel()
{
    if (!m_general)
        m_general = makeLabel(QStringLiteral("generalErrorLabel"));
    return m_general;
}

void FieldErrorLabels::show(const ValidationErrors& errors)
{
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const FieldError& e : errors) {
        if (m_labels.contains(e.field))
            byField[e.field] << e.message;
        else
            general << e.message;
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setAccessibleName(messages.join(QLatin1Char(' ')));
        it.value()->setVisible(!messages.isEmpty());
    }
    if (m_general || !general.isEmpty()) {
        QLabel* label = generalLabel();
        label->setText(general.join(QLatin1Char('\n')));
        label->setVisible(!general.isEmpty());
    }
    growToFit();
}

void FieldErrorLabels::growToFit()
{
    // A window's minimum size ignores the height wrapped labels need at its width, so a long message
    // would be cut off; grow the window (never shrink it under the person who sized it).
    QWidget* window = m_parent->window();
    QLayout* layout = window->layout();
    if (!layout || !layout->hasHeightForWidth())
        return;
    const int needed = layout->totalHeightForWidth(window->width());
    if (needed > window->height())
        window->resize(window->width(), needed);
}

void FieldErrorLabels::show(const Error& error)
{
    show(ValidationErrors{FieldError{error.field, error.message}});
}

void FieldErrorLabels::clear()
{
    show(ValidationErrors{});
}

QString FieldErrorLabels::message(const QString& field) const
{
    const QLabel* label = m_labels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace mcpauth
