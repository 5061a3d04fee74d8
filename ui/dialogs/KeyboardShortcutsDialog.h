#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QMenuBar;
class QTableWidget;

namespace mcpauth {

// Help > Keyboard Shortcuts: every menu action that has a shortcut, with its menu, read from the actions
// themselves so the list cannot fall behind the menus.
class KeyboardShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardShortcutsDialog)

public:
    explicit KeyboardShortcutsDialog(const QMenuBar* menuBar, QWidget* parent = nullptr);
    ~KeyboardShortcutsDialog() override;

    // The actions of every menu (submenus included) that have at least one shortcut, in menu order.
    [[nodiscard]] static QList<QAction*> actionsWithShortcuts(const QMenuBar* menuBar);
    // "&Refresh…" as shown in a list: "Refresh".
    [[nodiscard]] static QString plainText(const QString& menuText);

private:
    QTableWidget* m_table = nullptr;
};

} // namespace mcpauth
