// Accessibility and keyboard, offscreen: the main window on each of its eight views and every dialog.
// Every control the keyboard reaches has a name a screen reader says (asked of QAccessible itself: the
// accessible name, a button's text, or a buddy label), each dialog's tab order reads top to bottom and
// left to right, and every menu action with a shortcut is listed in Help > Keyboard Shortcuts.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "backend/ConnectionProfileStore.h"
#include "backend/LocalBackend.h"
#include "demo/DemoData.h"
#include "dialogs/ApplicationEditorDialog.h"
#include "dialogs/ConnectionProfilesDialog.h"
#include "dialogs/FirstStartDialog.h"
#include "dialogs/KeyboardShortcutsDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ResetPasswordDialog.h"
#include "dialogs/ResourceEditorDialog.h"
#include "dialogs/ScopeEditorDialog.h"
#include "dialogs/SecretDialog.h"
#include "dialogs/UserEditorDialog.h"
#include "inspector/ResendDialog.h"
#include "pages/ConsolePage.h"
#include "secrets/MemorySecretStore.h"
#include "store/Store.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace mcpauth;
using mcpauth::test::openBackend;
using mcpauth::test::saveShot;

namespace {

bool isInteractive(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
        || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractItemView*>(w)
        || qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QTextEdit*>(w)
        || qobject_cast<const QPlainTextEdit*>(w) || (w->focusPolicy() & Qt::TabFocus);
}

// Parts of a composite control that speak through it, and Qt's own internals.
bool isInnerPart(const QWidget* w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    const QWidget* parent = w->parentWidget();
    if (!parent)
        return false;
    if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent)
        || qobject_cast<const QTabBar*>(parent))
        return true;
    // The viewport's children of an item view are its editors and index widgets.
    if (qobject_cast<const QHeaderView*>(w) || qobject_cast<const QTabBar*>(w))
        return true; // their sections and tabs are their labels
    return false;
}

// Standard buttons of a button box and the toolbar's buttons are found through their owner
// (QDialogButtonBox::button, the action's objectName): they need no objectName of their own.
bool hasOwnerApi(const QWidget* w)
{
    if (qobject_cast<const QDialogButtonBox*>(w->parentWidget()))
        return true;
    const auto* tool = qobject_cast<const QToolButton*>(w);
    return tool && tool->defaultAction() && !tool->defaultAction()->objectName().isEmpty();
}

QString describe(const QWidget* w)
{
    return QStringLiteral("%1 (%2)").arg(
        w->objectName().isEmpty() ? QStringLiteral("<no objectName>") : w->objectName(),
        QString::fromLatin1(w->metaObject()->className()));
}

// The controls under `root` a person reaches that a screen reader has no name for.
QStringList unnamedControls(QWidget* root, int* checked = nullptr)
{
    QStringList unnamed;
    int count = 0;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || !isInteractive(w) || isInnerPart(w))
            continue;
        if (w->focusPolicy() == Qt::NoFocus && !qobject_cast<QAbstractButton*>(w))
            continue; // a scroll bar, a splitter handle
        if (w->focusProxy())
            continue; // a tab widget: the focus, and the names, are its tab bar's
        ++count;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << describe(w);
        else if (w->objectName().isEmpty() && !hasOwnerApi(w))
            unnamed << QStringLiteral("%1 named '%2' but without an objectName").arg(describe(w), name);
    }
    if (checked)
        *checked = count;
    return unnamed;
}

// The widgets Tab visits in `dialog`, in order, from the first.
QList<QWidget*> tabChain(QDialog* dialog)
{
    QList<QWidget*> chain;
    QWidget* w = dialog;
    for (int guard = 0; guard < 500; ++guard) {
        w = w->nextInFocusChain();
        if (w == dialog)
            break;
        if (w->isVisibleTo(dialog) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !isInnerPart(w)
            && w->window() == dialog)
            chain << w;
    }
    return chain;
}

// Tab order reads like text: each next control is on a lower row, or on the same row to the right, or
// starts a new column to the right. Buttons of one button box follow the platform's order instead.
QStringList tabOrderProblems(QDialog* dialog)
{
    constexpr int kTolerance = 8;
    QStringList problems;
    const QList<QWidget*> chain = tabChain(dialog);
    for (qsizetype i = 1; i < chain.size(); ++i) {
        QWidget* a = chain.at(i - 1);
        QWidget* b = chain.at(i);
        if (a->parentWidget() == b->parentWidget() && qobject_cast<QDialogButtonBox*>(a->parentWidget()))
            continue;
        const QRect ra(a->mapTo(dialog, QPoint(0, 0)), a->size());
        const QRect rb(b->mapTo(dialog, QPoint(0, 0)), b->size());
        const bool sameRow = qAbs(ra.center().y() - rb.center().y()) <= kTolerance
            || (rb.top() < ra.bottom() && rb.bottom() > ra.top());
        const bool below = rb.top() >= ra.top() + kTolerance || rb.center().y() > ra.center().y() + kTolerance;
        const bool right = rb.left() >= ra.left() + kTolerance;
        const bool newColumn = rb.left() >= ra.right() - kTolerance;
        if ((sameRow && right) || (!sameRow && below) || newColumn)
            continue;
        problems << QStringLiteral("%1 at (%2,%3) then %4 at (%5,%6)")
                        .arg(describe(a))
                        .arg(ra.x())
                        .arg(ra.y())
                        .arg(describe(b))
                        .arg(rb.x())
                        .arg(rb.y());
    }
    return problems;
}

void collectShortcuts(const QMenu* menu, QList<QAction*>& out)
{
    for (QAction* action : menu->actions()) {
        if (action->menu())
            collectShortcuts(action->menu(), out);
        else if (!action->isSeparator() && !action->shortcut().isEmpty())
            out << action;
    }
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate(m_dir, QStringLiteral("tst_accessibility"));
        if (QTest::currentTestFailed())
            return;
        test::openDemoStore(m_dir, m_location, m_store);
        if (QTest::currentTestFailed())
            return;
        auto org = m_store->organizations().find(QString::fromLatin1(DemoData::kOrganization));
        QVERIFY(org);
        m_orgId = org->id;
        m_backend = std::make_unique<LocalBackend>(m_location, StoreOpenOptions{});
        openBackend(*m_backend);
        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->setSecretStore(&m_secrets);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_backend.reset();
    }

    // The checks themselves find what they look for: an unlabelled field, and Tab going back up.
    void checksCatchProblems()
    {
        QDialog dialog;
        dialog.setObjectName(QStringLiteral("probeDialog"));
        auto* layout = new QVBoxLayout(&dialog);
        auto* top = new QLineEdit(&dialog);
        top->setObjectName(QStringLiteral("topLineEdit"));
        auto* bottom = new QLineEdit(&dialog);
        bottom->setObjectName(QStringLiteral("bottomLineEdit"));
        layout->addWidget(top);
        layout->addWidget(bottom);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(unnamedControls(&dialog).size(), 2);
        auto* label = new QLabel(QStringLiteral("&Top:"), &dialog);
        label->setBuddy(top);
        layout->insertWidget(0, label);
        bottom->setAccessibleName(QStringLiteral("Bottom"));
        QVERIFY2(unnamedControls(&dialog).isEmpty(), qPrintable(unnamedControls(&dialog).join(u',')));
        QVERIFY(tabOrderProblems(&dialog).isEmpty());

        // Created in the wrong order: Tab goes from the lower field up to the upper one.
        QDialog reversed;
        auto* reversedLayout = new QVBoxLayout(&reversed);
        auto* second = new QLineEdit(&reversed);
        auto* first = new QLineEdit(&reversed);
        reversedLayout->addWidget(first);
        reversedLayout->addWidget(second);
        reversed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reversed));
        QCOMPARE(tabOrderProblems(&reversed).size(), 1);
    }

    void everyViewNamesItsControls_data()
    {
        QTest::addColumn<int>("view");
        for (int i = 0; i < MainWindow::kViewCount; ++i)
            QTest::newRow(qPrintable(MainWindow::viewTitle(MainWindow::View(i)))) << i;
    }

    void everyViewNamesItsControls()
    {
        QFETCH(int, view);
        m_window->showView(MainWindow::View(view));
        QCOMPARE(int(m_window->currentView()), view);
        // The page's data arrives from the backend's thread; its controls settle with it.
        QTest::qWait(300);
        int checked = 0;
        const QStringList unnamed = unnamedControls(m_window.get(), &checked);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
        QVERIFY2(checked >= 8, qPrintable(QString::number(checked))); // navigation, toolbar, the page's own
    }

    void everyDialogNamesItsControlsInTabOrder_data()
    {
        QTest::addColumn<QString>("which");
        for (const char* name : {"application", "resource", "scope", "user", "resetPassword", "secret",
                 "connectionProfiles", "firstStart", "preferences", "shortcuts", "resend"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyDialogNamesItsControlsInTabOrder()
    {
        QFETCH(QString, which);
        QDialog* dialog = makeDialog(which);
        QVERIFY(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(200); // editors fill their choices from the backend
        auto* tabs = dialog->findChild<QTabWidget*>();
        for (int tab = 0; tab < (tabs ? tabs->count() : 1); ++tab) {
            if (tabs)
                tabs->setCurrentIndex(tab);
            // Radio buttons enable the typed-password fields.
            for (auto* radio : dialog->findChildren<QRadioButton*>(QStringLiteral("typePasswordRadioButton")))
                radio->setChecked(true);
            int checked = 0;
            const QStringList unnamed = unnamedControls(dialog, &checked);
            QVERIFY2(checked >= 2, qPrintable(dialog->objectName()));
            QVERIFY2(unnamed.isEmpty(),
                qPrintable(dialog->objectName() + QLatin1String(":\n") + unnamed.join(QStringLiteral("\n"))));
            const QStringList order = tabOrderProblems(dialog);
            QVERIFY2(order.isEmpty(),
                qPrintable(dialog->objectName() + QLatin1String(" tab order:\n") + order.join(QStringLiteral("\n"))));
            QVERIFY2(tabChain(dialog).size() >= 2, qPrintable(dialog->objectName()));
        }
        saveShot(dialog, QStringLiteral("a11y-") + which);
        // Escape closes every dialog.
        QPointer<QDialog> guard(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!guard || !guard->isVisible());
    }

    // Help > Keyboard Shortcuts lists every menu action that has one, with that shortcut; no shortcut
    // is given twice.
    void shortcutsAreListedInHelp()
    {
        QList<QAction*> actions;
        for (QAction* top : m_window->menuBar()->actions()) {
            QVERIFY(top->menu());
            collectShortcuts(top->menu(), actions);
        }
        QVERIFY(actions.size() >= 15); // New, Delete, Profiles, Quit, Preferences, Refresh, Find, 8 views, Help
        QHash<QKeySequence, QString> seen;
        for (QAction* action : std::as_const(actions)) {
            const QString text = KeyboardShortcutsDialog::plainText(action->text());
            QVERIFY2(!text.isEmpty(), qPrintable(action->objectName()));
            for (const QKeySequence& key : action->shortcuts()) {
                QVERIFY2(!seen.contains(key),
                    qPrintable(QStringLiteral("%1: %2 and %3").arg(key.toString(), seen.value(key), text)));
                seen.insert(key, text);
            }
        }

        auto* help = m_window->findChild<QAction*>(QStringLiteral("keyboardShortcutsAction"));
        QVERIFY(help);
        QVERIFY(actions.contains(help));
        help->trigger();
        auto* dialog = m_window->findChild<KeyboardShortcutsDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutsTableWidget"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), actions.size());
        for (QAction* action : std::as_const(actions)) {
            const QString key = action->shortcut().toString(QKeySequence::NativeText);
            const QString text = KeyboardShortcutsDialog::plainText(action->text());
            bool listed = false;
            for (int row = 0; row < table->rowCount() && !listed; ++row)
                listed = table->item(row, 0)->text().contains(key) && table->item(row, 1)->text() == text;
            QVERIFY2(listed, qPrintable(QStringLiteral("%1 (%2)").arg(text, key)));
        }
        saveShot(dialog, QStringLiteral("keyboard-shortcuts"));
        dialog->close();
    }

    // Every action of the toolbar is also in a menu, so the keyboard (Alt + letter, or a shortcut)
    // reaches it.
    void toolbarActionsAreInMenus()
    {
        QList<QAction*> inMenus;
        std::function<void(const QMenu*)> walk = [&](const QMenu* menu) {
            for (QAction* a : menu->actions()) {
                inMenus << a;
                if (a->menu())
                    walk(a->menu());
            }
        };
        for (QAction* top : m_window->menuBar()->actions())
            walk(top->menu());
        for (auto* toolbar : m_window->findChildren<QToolBar*>()) {
            for (QAction* a : toolbar->actions()) {
                if (!a->isSeparator() && !a->isWidgetType())
                    QVERIFY2(inMenus.contains(a), qPrintable(a->text()));
            }
        }
    }

private:
    QDialog* makeDialog(const QString& which)
    {
        QWidget* parent = m_window.get();
        if (which == QLatin1String("application")) {
            Application app;
            app.organizationId = m_orgId;
            return new ApplicationEditorDialog(*m_backend, app, parent);
        }
        if (which == QLatin1String("resource")) {
            Resource resource;
            resource.organizationId = m_orgId;
            return new ResourceEditorDialog(*m_backend, resource, parent);
        }
        if (which == QLatin1String("scope")) {
            Scope scope;
            scope.organizationId = m_orgId;
            return new ScopeEditorDialog(*m_backend, scope, parent);
        }
        if (which == QLatin1String("user")) {
            User user;
            user.organizationId = m_orgId;
            return new UserEditorDialog(*m_backend, user, parent);
        }
        if (which == QLatin1String("resetPassword"))
            return new ResetPasswordDialog(
                *m_backend, *m_store->users().find(QStringLiteral("admin"), m_orgId), parent);
        if (which == QLatin1String("secret"))
            return new SecretDialog(QStringLiteral("New Client Secret"), QStringLiteral("Copy it now."),
                QStringLiteral("s3cr3t-s3cr3t"), parent);
        if (which == QLatin1String("connectionProfiles"))
            return new ConnectionProfilesDialog(m_window->profileStore(), m_window->profileSecrets(), parent);
        if (which == QLatin1String("firstStart"))
            return new FirstStartDialog(parent);
        if (which == QLatin1String("preferences"))
            return new PreferencesDialog(m_window->profileStore(), parent);
        if (which == QLatin1String("shortcuts"))
            return new KeyboardShortcutsDialog(m_window->menuBar(), parent);
        if (which == QLatin1String("resend"))
            return new ResendDialog(QByteArrayLiteral("POST /token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                      "Content-Type: application/x-www-form-urlencoded\r\n\r\n"
                                                      "grant_type=client_credentials"),
                parent);
        return nullptr;
    }

    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    std::unique_ptr<Store> m_store;
    QString m_orgId;
    MemorySecretStore m_secrets;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
