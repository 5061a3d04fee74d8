#include "KeyboardShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mcpauth {

namespace {

void collect(const QMenu* menu, const QString& path, QList<std::pair<QString, QAction*>>& out)
{
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (QMenu* sub = action->menu()) {
            collect(sub,
                KeyboardShortcutsDialog::tr("%1 > %2").arg(path, KeyboardShortcutsDialog::plainText(sub->title())),
                out);
            continue;
        }
        if (!action->shortcuts().isEmpty())
            out.append({path, action});
    }
}

QList<std::pair<QString, QAction*>> menuActions(const QMenuBar* menuBar)
{
    QList<std::pair<QString, QAction*>> out;
    if (!menuBar)
        return out;
    for (QAction* top : menuBar->actions()) {
        if (QMenu* menu = top->menu())
            collect(menu, KeyboardShortcutsDialog::plainText(menu->title()), out);
    }
    return out;
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QMenuBar* menuBar, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    const auto actions = menuActions(menuBar);
    m_table = new QTableWidget(int(actions.size()), 3, this);
    m_table->setObjectName(QStringLiteral("shortcutsTableWidget"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Shortcut"), tr("Action"), tr("Menu")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    int row = 0;
    for (const auto& [menu, action] : actions) {
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        m_table->setItem(row, 0, new QTableWidgetItem(keys.join(tr(", "))));
        m_table->setItem(row, 1, new QTableWidgetItem(plainText(action->text())));
        m_table->setItem(row, 2, new QTableWidgetItem(menu));
        ++row;
    }
    m_table->resizeColumnsToContents();

    auto* note = new QLabel(tr("In every list, Enter opens the selected item and Delete deletes it; in dialogs, "
                               "Tab moves to the next field and Escape closes. Alt with the underlined letter "
                               "reaches a menu or a field."),
        this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("shortcutsButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, 480);
}

KeyboardShortcutsDialog::~KeyboardShortcutsDialog() = default;

QList<QAction*> KeyboardShortcutsDialog::actionsWithShortcuts(const QMenuBar* menuBar)
{
    QList<QAction*> out;
    for (const auto& entry : menuActions(menuBar))
        out << entry.second;
    return out;
}

QString KeyboardShortcutsDialog::plainText(const QString& menuText)
{
    QString text = menuText;
    text.remove(QChar(0x2026)); // the ellipsis says a dialog follows; a list does not need it
    if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

} // namespace mcpauth
