#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "backend/LocalBackend.h"
#include "demo/DemoData.h"
#include "dialogs/ApplicationEditorDialog.h"
#include "dialogs/ResetPasswordDialog.h"
#include "dialogs/ResourceEditorDialog.h"
#include "dialogs/ScopeEditorDialog.h"
#include "dialogs/SecretDialog.h"
#include "dialogs/UserEditorDialog.h"
#include "domain/ApplicationTemplate.h"
#include "mcp/McpCatalog.h"
#include "pages/ApplicationsPage.h"
#include "pages/ResourcesPage.h"
#include "pages/UsersPage.h"
#include "redirect/RedirectUriRules.h"
#include "security/SecureRandom.h"
#include "store/Store.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace mcpauth;

// The Applications, Resources & Scopes and Users pages, offscreen on a real store through a LocalBackend:
// every dialog is driven through its widgets by objectName, and what it did is checked in the store.
class TestEntityPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate(m_dir, QStringLiteral("tst_entitypages"));
        if (QTest::currentTestFailed())
            return;
        std::optional<DemoDataReport> demo;
        test::openDemoStore(m_dir, m_location, m_store, &demo);
        if (QTest::currentTestFailed())
            return;
        m_resourceUri = demo->resourceUri;
        m_orgId = m_store->organizations().find(QStringLiteral("demo"))->id;
    }

    void init()
    {
        m_backend = std::make_unique<LocalBackend>(m_location, StoreOpenOptions{});
        std::optional<Status> opened;
        QObject context;
        m_backend->open(&context, [&](Status s) { opened = s; });
        QTRY_VERIFY(opened.has_value());
        QVERIFY2(*opened, qPrintable(opened->error().message));
        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->resize(1280, 800);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_backend.reset();
    }

    // New (Ctrl+N) opens the editor; a template fills redirect URIs, grants, PKCE and the auth method;
    // the saved application is in the table and in the store.
    void createApplicationFromTemplate()
    {
        auto* table = showApplications();
        m_window->findChild<QAction*>(QStringLiteral("newAction"))->trigger();
        auto* dialog = findDialog<ApplicationEditorDialog>();
        QVERIFY(dialog);
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
        auto* templates = dialog->findChild<QComboBox*>(QStringLiteral("templateComboBox"));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        QVERIFY(save && templates && name);
        QCOMPARE(templates->count(), 8); // none and the seven templates
        QVERIFY(templates->findData(QStringLiteral("windsurf")) > 0);

        templates->setCurrentIndex(templates->findData(QStringLiteral("cursor")));
        auto* uris = dialog->findChild<QListWidget*>(QStringLiteral("redirectUriListWidget"));
        QCOMPARE(uris->count(), 1);
        QCOMPARE(uris->item(0)->text(), QStringLiteral("cursor://anysphere.cursor-retrieval/oauth/callback"));
        QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("pkceCheckBox"))->isChecked());
        QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("refreshTokenCheckBox"))->isChecked());
        QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("clientCredentialsCheckBox"))->isChecked());
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("templateNoteLabel"))->text().isEmpty());
        QVERIFY(!save->isEnabled()); // no name yet
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("nameErrorLabel"))->isHidden());

        QTest::keyClicks(name, QStringLiteral("cursor-team"));
        QTRY_VERIFY(save->isEnabled());
        const QPointer<QDialog> open(dialog); // deleted on close
        save->click();
        QTRY_VERIFY(!open || !open->isVisible());
        QTRY_VERIFY(rowOf(table, QStringLiteral("cursor-team")) >= 0);

        auto stored = m_store->applications().find(QStringLiteral("cursor-team"));
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
        QCOMPARE(
            stored->redirectUris, QStringList{QStringLiteral("cursor://anysphere.cursor-retrieval/oauth/callback")});
        QCOMPARE(stored->clientType, ClientType::Public);
        QCOMPARE(stored->authMethod, TokenEndpointAuthMethod::None);
        QVERIFY(stored->pkceRequired);
        QCOMPARE(stored->createdBy, CreatedBy::Console);
    }

    // A field the domain refuses shows the domain's own message under it, and Save stays disabled.
    void invalidFieldShowsItsMessage()
    {
        showApplications();
        m_window->page(MainWindow::View::Applications)->createNew();
        auto* dialog = findDialog<ApplicationEditorDialog>();
        QVERIFY(dialog);
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        auto* nameError = dialog->findChild<QLabel*>(QStringLiteral("nameErrorLabel"));
        QTRY_VERIFY(dialog->findChild<QComboBox*>(QStringLiteral("organizationComboBox"))->count() > 0);
        dialog->applyTemplate(QStringLiteral("claude-code"));
        name->setText(QStringLiteral("bad name!"));
        Application expected = dialog->application();
        QString message;
        for (const FieldError& e : expected.validate()) {
            if (e.field == QLatin1String("name"))
                message = e.message;
        }
        QVERIFY(!message.isEmpty());
        QVERIFY(!nameError->isHidden());
        QCOMPARE(nameError->text(), message);
        QVERIFY(!save->isEnabled());

        name->setText(QStringLiteral("good-name"));
        QVERIFY(nameError->isHidden());
        QVERIFY(save->isEnabled());

        // A web redirect on plain http for this public native client: refused under the URI list.
        auto* newUri = dialog->findChild<QLineEdit*>(QStringLiteral("newRedirectUriLineEdit"));
        newUri->setText(QStringLiteral("http://app.example.com/callback"));
        dialog->findChild<QPushButton*>(QStringLiteral("addRedirectUriButton"))->click();
        auto* redirectError = dialog->findChild<QLabel*>(QStringLiteral("redirectUrisErrorLabel"));
        QVERIFY(!redirectError->isHidden());
        QVERIFY2(redirectError->text().contains(QLatin1String("http://app.example.com/callback")),
            qPrintable(redirectError->text()));
        QVERIFY(!save->isEnabled());
        auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("applicationTabWidget"));
        QVERIFY2(tabs->tabText(1).contains(QLatin1String("1 problem")), qPrintable(tabs->tabText(1)));

        // Removing it with Delete in the list makes the application valid again.
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("redirectUriListWidget"));
        list->setCurrentRow(list->count() - 1);
        dialog->findChild<QPushButton*>(QStringLiteral("removeRedirectUriButton"))->click();
        QVERIFY(redirectError->isHidden());
        QVERIFY(save->isEnabled());

        // Lifetimes out of range are named too.
        auto* lifetime = dialog->findChild<QSpinBox*>(QStringLiteral("accessTokenLifetimeSpinBox"));
        lifetime->setValue(10);
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("accessTokenLifetimeErrorLabel"))->isHidden());
        QVERIFY(!save->isEnabled());
        dialog->reject();
    }

    // "Try a URI": a match names the registration, a mismatch the reason RedirectUriRules gives.
    void tryUriShowsMatchAndReason()
    {
        showApplications();
        m_window->page(MainWindow::View::Applications)->createNew();
        auto* dialog = findDialog<ApplicationEditorDialog>();
        QVERIFY(dialog);
        dialog->applyTemplate(QStringLiteral("claude-code"));
        auto* tryUri = dialog->findChild<QLineEdit*>(QStringLiteral("tryRedirectUriLineEdit"));
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("tryRedirectUriResultLabel"));
        QVERIFY(tryUri && result);

        tryUri->setText(QStringLiteral("http://127.0.0.1:53127/callback"));
        QVERIFY2(
            result->text().contains(QLatin1String("Matches http://127.0.0.1/callback")), qPrintable(result->text()));

        const QString wrong = QStringLiteral("http://127.0.0.1:53127/callback/");
        tryUri->setText(wrong);
        const auto expected = RedirectUriRules::match(dialog->application().redirectUris, wrong);
        QVERIFY(!expected.matched && !expected.reason.isEmpty());
        QVERIFY2(result->text().contains(QLatin1String("No match")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(expected.reason), qPrintable(result->text()));

        // The box follows the list: adding the URI (Enter in the line adds, it does not save) makes it match.
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("enter-adds"));
        QTRY_VERIFY(dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
        auto* newUri = dialog->findChild<QLineEdit*>(QStringLiteral("newRedirectUriLineEdit"));
        QTest::keyClicks(newUri, QStringLiteral("http://127.0.0.1/callback/"));
        QTest::keyClick(newUri, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(newUri->text().isEmpty());
        QCOMPARE(dialog->application().redirectUris.last(), QStringLiteral("http://127.0.0.1/callback/"));
        QVERIFY2(result->text().contains(QLatin1String("Matches")), qPrintable(result->text()));
        dialog->reject();
    }

    // Rotation asks first, then shows the new secret once, with a copy button; the store accepts it.
    void rotateSecretShowsAWorkingSecret()
    {
        Application app = ApplicationTemplate::find(QStringLiteral("custom"))->application;
        app.organizationId = m_orgId;
        app.name = QStringLiteral("rotating-agent");
        auto created = m_store->applications().create(app, m_ctx);
        QVERIFY(created);

        auto* table = showApplications();
        QTRY_VERIFY(rowOf(table, app.name) >= 0);
        auto* rotate = m_window->findChild<QPushButton*>(QStringLiteral("rotateSecretButton"));
        table->selectRow(rowOf(table, QStringLiteral("cursor")));
        QVERIFY(!rotate->isEnabled()); // a public client has no secret
        QVERIFY(rotate->toolTip().contains(QLatin1String("PKCE")));
        table->selectRow(rowOf(table, app.name));
        QVERIFY(rotate->isEnabled());
        rotate->click();
        auto* box = findDialog<QMessageBox>(QStringLiteral("rotateSecretMessageBox"));
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        auto* shown = findDialog<SecretDialog>();
        QVERIFY(shown);
        const QString secret = shown->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->text();
        QVERIFY(!secret.isEmpty());
        QVERIFY(m_store->applications().verifySecret(created->application.clientId, secret));
        QVERIFY(!m_store->applications().verifySecret(created->application.clientId, created->clientSecret));
        shown->findChild<QPushButton*>(QStringLiteral("copySecretButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        shown->close();
    }

    // Delete asks with what goes with the application: its tokens and consents.
    void deleteShowsTheImpact()
    {
        Application app = ApplicationTemplate::find(QStringLiteral("vscode"))->application;
        app.organizationId = m_orgId;
        app.name = QStringLiteral("doomed");
        auto created = m_store->applications().create(app, m_ctx);
        QVERIFY(created);
        const User admin = *m_store->users().find(QStringLiteral("admin"), m_orgId);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 3; ++i) {
            Token t;
            t.id = SecureRandom::timeOrderedId(now + i);
            t.applicationId = created->application.id;
            t.userId = admin.id;
            t.resource = m_resourceUri;
            t.scopes = {QStringLiteral("application:read")};
            t.issuedAt = now - 7200 * 1000;
            t.expiresAt = now + (i == 0 ? -1000 : 3600 * 1000); // one expired
            QVERIFY(m_store->tokens().insert(t, m_ctx));
        }
        Consent c;
        c.userId = admin.id;
        c.applicationId = created->application.id;
        c.resource = m_resourceUri;
        c.scopes = {QStringLiteral("application:read")};
        QVERIFY(m_store->consents().grant(c, m_ctx));

        auto* table = showApplications();
        QTRY_VERIFY(rowOf(table, app.name) >= 0);
        table->selectRow(rowOf(table, app.name));
        auto* deleteAction = m_window->findChild<QAction*>(QStringLiteral("deleteAction"));
        QVERIFY(deleteAction->isEnabled());
        deleteAction->trigger();
        auto* box = findDialog<QMessageBox>(QStringLiteral("deleteApplicationMessageBox"));
        QVERIFY(box);
        // "token(s)" until the English plural forms are translated: the counts are what matters.
        const QString impact = box->informativeText();
        QVERIFY2(impact.contains(QLatin1String("3 token")) && impact.contains(QLatin1String("(2 still active)"))
                && impact.contains(QLatin1String("1 consent")),
            qPrintable(impact));
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(rowOf(table, app.name) < 0);
        QCOMPARE(m_store->applications().find(app.name).error().code, ErrorCode::NotFound);
    }

    // A resource URI that is not canonical is refused under the field; a canonical one is saved.
    void resourceUriIsChecked()
    {
        m_window->showView(MainWindow::View::Resources);
        auto* list = m_window->findChild<QTreeWidget*>(QStringLiteral("resourcesTreeWidget"));
        QTRY_VERIFY(list->topLevelItemCount() > 0);
        m_window->findChild<QAction*>(QStringLiteral("newAction"))->trigger();
        auto* dialog = findDialog<ResourceEditorDialog>();
        QVERIFY(dialog);
        auto* uri = dialog->findChild<QLineEdit*>(QStringLiteral("uriLineEdit"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("uriErrorLabel"));
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
        QTRY_VERIFY(dialog->findChild<QComboBox*>(QStringLiteral("organizationComboBox"))->count() > 0);

        const QString bad = QStringLiteral("https://Files.Example.com/mcp#tools");
        uri->setText(bad);
        const ValidationErrors expected = Resource::checkCanonicalUri(QStringLiteral("uri"), bad);
        QVERIFY(!expected.isEmpty());
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(expected.first().message), qPrintable(error->text()));
        QVERIFY(!save->isEnabled());

        uri->setText(QStringLiteral("https://files.example.com/mcp"));
        dialog->findChild<QLineEdit*>(QStringLiteral("displayNameLineEdit"))->setText(QStringLiteral("Files"));
        QVERIFY(error->isHidden());
        QVERIFY(save->isEnabled());
        const QPointer<QDialog> open(dialog); // deleted on close
        save->click();
        QTRY_VERIFY(!open || !open->isVisible());
        QTRY_VERIFY(!list->findItems(QStringLiteral("https://files.example.com/mcp"), Qt::MatchExactly).isEmpty());
        QVERIFY(m_store->resources().find(QStringLiteral("https://files.example.com/mcp")));
        // The new resource is selected; its preview names it and no scopes yet.
        QTRY_COMPARE(
            metadata().value(QStringLiteral("resource")).toString(), QStringLiteral("https://files.example.com/mcp"));
        QCOMPARE(metadata().value(QStringLiteral("scopes_supported")).toArray().size(), 0);

        // A scope added to it appears in its metadata.
        m_window->findChild<QPushButton*>(QStringLiteral("addScopeButton"))->click();
        auto* scopeDialog = findDialog<ScopeEditorDialog>();
        QVERIFY(scopeDialog);
        scopeDialog->findChild<QLineEdit*>(QStringLiteral("scopeNameLineEdit"))->setText(QStringLiteral("files:read"));
        scopeDialog->findChild<QLineEdit*>(QStringLiteral("scopeDisplayNameLineEdit"))
            ->setText(QStringLiteral("Read your files"));
        scopeDialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
        QTRY_COMPARE(
            metadata().value(QStringLiteral("scopes_supported")).toArray(), QJsonArray{QStringLiteral("files:read")});
        QCOMPARE(m_store->resources().find(QStringLiteral("https://files.example.com/mcp"))->scopes,
            QStringList{QStringLiteral("files:read")});
    }

    // The built-in resource: its scopes with their names, its tools with the scope each needs, and the
    // metadata the local server serves for it.
    void builtInResourceDetailsAndScopeEdit()
    {
        m_window->showView(MainWindow::View::Resources);
        auto* list = m_window->findChild<QTreeWidget*>(QStringLiteral("resourcesTreeWidget"));
        QTRY_VERIFY(!list->findItems(m_resourceUri, Qt::MatchExactly).isEmpty());
        list->clearSelection();
        list->findItems(m_resourceUri, Qt::MatchExactly).first()->setSelected(true);

        const QJsonObject doc = metadata();
        QCOMPARE(doc.value(QStringLiteral("resource")).toString(), m_resourceUri);
        QCOMPARE(doc.value(QStringLiteral("scopes_supported")).toArray(),
            QJsonArray::fromStringList(McpCatalog::scopeNames()));
        QCOMPARE(doc.value(QStringLiteral("authorization_servers")).toArray(), QJsonArray{m_resourceUri.chopped(4)});
        QCOMPARE(doc.value(QStringLiteral("bearer_methods_supported")).toArray(), QJsonArray{QStringLiteral("header")});

        auto* tools = m_window->findChild<QTreeWidget*>(QStringLiteral("toolsTreeWidget"));
        QCOMPARE(tools->topLevelItemCount(), int(McpCatalog::tools().size()));
        const McpToolInfo& first = McpCatalog::tools().first();
        const auto toolRows = tools->findItems(first.name, Qt::MatchExactly);
        QCOMPARE(toolRows.size(), 1);
        QCOMPARE(toolRows.first()->text(1), first.scope);

        auto* scopes = m_window->findChild<QTreeWidget*>(QStringLiteral("scopesTreeWidget"));
        QCOMPARE(scopes->topLevelItemCount(), int(McpCatalog::scopes().size()));
        const auto rows = scopes->findItems(QStringLiteral("application:read"), Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        rows.first()->setSelected(true);
        m_window->findChild<QPushButton*>(QStringLiteral("editScopeButton"))->click();
        auto* dialog = findDialog<ScopeEditorDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("scopeNameLineEdit"))->isReadOnly());
        auto* displayName = dialog->findChild<QLineEdit*>(QStringLiteral("scopeDisplayNameLineEdit"));
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
        displayName->setText(QString(201, QLatin1Char('x')));
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("displayNameErrorLabel"))->isHidden());
        QVERIFY(!save->isEnabled());
        displayName->setText(QStringLiteral("See the registered applications"));
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_COMPARE(m_store->scopes().find(QStringLiteral("application:read"), m_orgId)->displayName,
            QStringLiteral("See the registered applications"));
        QTRY_COMPARE(scopes->findItems(QStringLiteral("application:read"), Qt::MatchExactly).value(0)
                ? scopes->findItems(QStringLiteral("application:read"), Qt::MatchExactly).first()->text(1)
                : QString(),
            QStringLiteral("See the registered applications"));
    }

    // Users: add with a typed password, add with a generated one (shown once), disable, reset.
    void usersAddDisableReset()
    {
        m_window->showView(MainWindow::View::Users);
        auto* table = m_window->findChild<QTableView*>(QStringLiteral("usersTableView"));
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(rowOf(table, QStringLiteral("admin")) >= 0);

        // Typed.
        m_window->findChild<QAction*>(QStringLiteral("newAction"))->trigger();
        auto* dialog = findDialog<UserEditorDialog>();
        QVERIFY(dialog);
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
        QTRY_VERIFY(dialog->findChild<QComboBox*>(QStringLiteral("organizationComboBox"))->count() > 0);
        dialog->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"))->setText(QStringLiteral("alice"));
        dialog->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"))->setText(QStringLiteral("alice@example.com"));
        dialog->findChild<QRadioButton*>(QStringLiteral("typePasswordRadioButton"))->setChecked(true);
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
        auto* again = dialog->findChild<QLineEdit*>(QStringLiteral("passwordConfirmationLineEdit"));
        password->setText(QStringLiteral("short"));
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("passwordErrorLabel"))->isHidden());
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("passwordErrorLabel"))->text(),
            User::checkPassword(QStringLiteral("short")).first().message);
        QVERIFY(!save->isEnabled());
        password->setText(QStringLiteral("correct horse battery"));
        again->setText(QStringLiteral("correct horse battery!"));
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("passwordConfirmationErrorLabel"))->isHidden());
        QVERIFY(!save->isEnabled());
        again->setText(QStringLiteral("correct horse battery"));
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_VERIFY(rowOf(table, QStringLiteral("alice")) >= 0);
        QVERIFY(
            m_store->users().authenticate(m_orgId, QStringLiteral("alice"), QStringLiteral("correct horse battery")));

        // Generated: shown once, and it works.
        m_window->page(MainWindow::View::Users)->createNew();
        dialog = findDialog<UserEditorDialog>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->findChild<QComboBox*>(QStringLiteral("organizationComboBox"))->count() > 0);
        dialog->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"))->setText(QStringLiteral("bob"));
        QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("generatePasswordRadioButton"))->isChecked());
        dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
        auto* shown = findDialog<SecretDialog>();
        QVERIFY(shown);
        const QString generated = shown->secret();
        QVERIFY(generated.size() >= 12);
        QVERIFY(m_store->users().authenticate(m_orgId, QStringLiteral("bob"), generated));
        shown->close();
        QTRY_VERIFY(rowOf(table, QStringLiteral("bob")) >= 0);

        // Disable bob (after a confirmation), then reset his password with a generated one.
        table->selectRow(rowOf(table, QStringLiteral("bob")));
        auto* disable = m_window->findChild<QPushButton*>(QStringLiteral("disableUserButton"));
        disable->click();
        auto* box = findDialog<QMessageBox>(QStringLiteral("disableUserMessageBox"));
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(m_store->users().find(QStringLiteral("bob"), m_orgId)->disabled);
        QTRY_COMPARE(disable->text().remove(QLatin1Char('&')), QStringLiteral("Enable"));

        m_window->findChild<QPushButton*>(QStringLiteral("resetPasswordButton"))->click();
        auto* reset = findDialog<ResetPasswordDialog>();
        QVERIFY(reset);
        reset->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
        shown = findDialog<SecretDialog>();
        QVERIFY(shown);
        const QString second = shown->secret();
        QVERIFY(second != generated);
        shown->close();
        // Disabled: the right password is answered with the "disabled" refusal; enabled again, it signs in.
        auto refused = m_store->users().authenticate(m_orgId, QStringLiteral("bob"), second);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("disabled"));
        disable->click();
        QTRY_VERIFY(!m_store->users().find(QStringLiteral("bob"), m_orgId)->disabled);
        QVERIFY(m_store->users().authenticate(m_orgId, QStringLiteral("bob"), second));
        QVERIFY(!m_store->users().authenticate(m_orgId, QStringLiteral("bob"), generated));
    }

    // The details pane lists the user's consents and tokens; Delete asks with their counts.
    void userDetailsAndDelete()
    {
        User carol;
        carol.organizationId = m_orgId;
        carol.username = QStringLiteral("carol");
        auto created = m_store->users().create(carol, QStringLiteral("carol's long password"), m_ctx);
        QVERIFY(created);
        const Application cursor = *m_store->applications().find(QStringLiteral("cursor"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 2; ++i) {
            Token t;
            t.id = SecureRandom::timeOrderedId(now + i);
            t.applicationId = cursor.id;
            t.userId = created->id;
            t.resource = m_resourceUri;
            t.scopes = {QStringLiteral("application:read")};
            t.issuedAt = now;
            t.expiresAt = now + 3600 * 1000;
            QVERIFY(m_store->tokens().insert(t, m_ctx));
        }
        Consent c;
        c.userId = created->id;
        c.applicationId = cursor.id;
        c.resource = m_resourceUri;
        c.scopes = {QStringLiteral("application:read"), QStringLiteral("token:read")};
        QVERIFY(m_store->consents().grant(c, m_ctx));

        m_window->showView(MainWindow::View::Users);
        auto* table = m_window->findChild<QTableView*>(QStringLiteral("usersTableView"));
        QTRY_VERIFY(rowOf(table, QStringLiteral("carol")) >= 0);
        table->selectRow(rowOf(table, QStringLiteral("carol")));
        auto* consents = m_window->findChild<QTreeWidget*>(QStringLiteral("userConsentsTreeWidget"));
        auto* tokens = m_window->findChild<QTreeWidget*>(QStringLiteral("userTokensTreeWidget"));
        auto* count = m_window->findChild<QLabel*>(QStringLiteral("userTokenCountLabel"));
        QTRY_COMPARE(consents->topLevelItemCount(), 1);
        QCOMPARE(consents->topLevelItem(0)->text(0), QStringLiteral("cursor"));
        QCOMPARE(consents->topLevelItem(0)->text(2), QStringLiteral("application:read token:read"));
        QTRY_COMPARE(tokens->topLevelItemCount(), 2);
        QTRY_VERIFY2(
            count->text().contains(QLatin1String("2 token")) && count->text().contains(QLatin1String(", 2 active")),
            qPrintable(count->text()));

        m_window->findChild<QAction*>(QStringLiteral("deleteAction"))->trigger();
        auto* box = findDialog<QMessageBox>(QStringLiteral("deleteUserMessageBox"));
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(QLatin1String("2 token"))
                && box->informativeText().contains(QLatin1String(" and 1 consent")),
            qPrintable(box->informativeText()));
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(rowOf(table, QStringLiteral("carol")) < 0);
        QCOMPARE(m_store->users().find(QStringLiteral("carol"), m_orgId).error().code, ErrorCode::NotFound);
    }

    // Every widget of the editors that the keyboard reaches has a name a screen reader can say: its
    // accessible name, its own text (buttons) or a label that is its buddy.
    void editorsAreLabelledForScreenReaders()
    {
        showApplications();
        QList<QDialog*> dialogs;
        m_window->page(MainWindow::View::Applications)->createNew();
        dialogs << findDialog<ApplicationEditorDialog>();
        m_window->page(MainWindow::View::Users)->createNew();
        dialogs << findDialog<UserEditorDialog>();
        m_window->page(MainWindow::View::Resources)->createNew();
        dialogs << findDialog<ResourceEditorDialog>();
        Scope scope;
        scope.organizationId = m_orgId;
        dialogs << new ScopeEditorDialog(*m_backend, scope, m_window.get());
        dialogs << new ResetPasswordDialog(
            *m_backend, *m_store->users().find(QStringLiteral("admin"), m_orgId), m_window.get());
        dialogs << new SecretDialog(
            QStringLiteral("Secret"), QStringLiteral("A secret."), QStringLiteral("s3cr3t"), m_window.get());
        for (QDialog* dialog : dialogs) {
            QVERIFY(dialog);
            dialog->show();
            auto* tabs = dialog->findChild<QTabWidget*>();
            for (int tab = 0; tab < (tabs ? tabs->count() : 1); ++tab) {
                if (tabs)
                    tabs->setCurrentIndex(tab);
                // Radio buttons enable the typed-password fields.
                for (auto* radio : dialog->findChildren<QRadioButton*>(QStringLiteral("typePasswordRadioButton")))
                    radio->setChecked(true);
                QStringList unnamed;
                for (QWidget* w : dialog->findChildren<QWidget*>()) {
                    if (!w->isVisibleTo(dialog) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
                        continue;
                    // Inner editors of spin boxes and combo boxes speak through their owner.
                    if (w->parentWidget()
                        && (w->parentWidget()->focusProxy() == w || qobject_cast<QAbstractSpinBox*>(w->parentWidget())))
                        continue;
                    if (qobject_cast<QTabBar*>(w))
                        continue; // its tabs are its labels
                    const auto* button = qobject_cast<QAbstractButton*>(w);
                    bool labelled = !w->accessibleName().isEmpty() || (button && !button->text().isEmpty());
                    for (QLabel* label : dialog->findChildren<QLabel*>())
                        labelled = labelled || label->buddy() == w;
                    if (!labelled)
                        unnamed << QStringLiteral("%1 (%2)").arg(
                            w->objectName(), QString::fromLatin1(w->metaObject()->className()));
                }
                QVERIFY2(unnamed.isEmpty(),
                    qPrintable(dialog->objectName() + QLatin1String(": ") + unnamed.join(QStringLiteral(", "))));
            }
            dialog->close();
        }
    }

    // Renders each page and dialog to PNG files for a person to look at (MCPAUTH_SCREENSHOT_DIR).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MCPAUTH_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("MCPAUTH_SCREENSHOT_DIR is not set");
        const auto shoot = [&](QWidget* widget, const QString& name) {
            QCoreApplication::processEvents();
            QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
        };
        auto* table = showApplications();
        table->selectRow(rowOf(table, QStringLiteral("claude-desktop")));
        shoot(m_window.get(), QStringLiteral("applications"));
        m_window->page(MainWindow::View::Applications)->createNew();
        auto* editor = findDialog<ApplicationEditorDialog>();
        QTRY_VERIFY(editor->findChild<QComboBox*>(QStringLiteral("organizationComboBox"))->count() > 0);
        editor->applyTemplate(QStringLiteral("claude-desktop"));
        editor->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("claude desktop!"));
        shoot(editor, QStringLiteral("application-editor-general"));
        editor->findChild<QTabWidget*>(QStringLiteral("applicationTabWidget"))->setCurrentIndex(1);
        editor->findChild<QLineEdit*>(QStringLiteral("tryRedirectUriLineEdit"))
            ->setText(QStringLiteral("http://localhost:41234/oauth/callback/"));
        shoot(editor, QStringLiteral("application-editor-redirects"));
        editor->findChild<QTabWidget*>(QStringLiteral("applicationTabWidget"))->setCurrentIndex(2);
        shoot(editor, QStringLiteral("application-editor-tokens"));
        editor->reject();
        auto* secret = new SecretDialog(QStringLiteral("New Client Secret"),
            QStringLiteral(
                "The new client secret of rotating-agent (client ID abc). The previous one no longer works."),
            SecureRandom::token(32), m_window.get());
        secret->show();
        shoot(secret, QStringLiteral("secret-dialog"));
        secret->close();

        m_window->showView(MainWindow::View::Resources);
        auto* list = m_window->findChild<QTreeWidget*>(QStringLiteral("resourcesTreeWidget"));
        QTRY_VERIFY(!list->findItems(m_resourceUri, Qt::MatchExactly).isEmpty());
        list->clearSelection();
        list->findItems(m_resourceUri, Qt::MatchExactly).first()->setSelected(true);
        shoot(m_window.get(), QStringLiteral("resources"));
        m_window->page(MainWindow::View::Resources)->createNew();
        auto* resource = findDialog<ResourceEditorDialog>();
        resource->findChild<QLineEdit*>(QStringLiteral("uriLineEdit"))
            ->setText(QStringLiteral("HTTPS://Files.example.com/mcp#x"));
        shoot(resource, QStringLiteral("resource-editor"));
        resource->reject();

        m_window->showView(MainWindow::View::Users);
        auto* users = m_window->findChild<QTableView*>(QStringLiteral("usersTableView"));
        QTRY_VERIFY(rowOf(users, QStringLiteral("admin")) >= 0);
        users->selectRow(rowOf(users, QStringLiteral("admin")));
        QTest::qWait(300);
        shoot(m_window.get(), QStringLiteral("users"));
        m_window->page(MainWindow::View::Users)->createNew();
        auto* user = findDialog<UserEditorDialog>();
        user->findChild<QRadioButton*>(QStringLiteral("typePasswordRadioButton"))->setChecked(true);
        user->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"))->setText(QStringLiteral("dave"));
        user->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("short"));
        shoot(user, QStringLiteral("user-editor"));
        user->reject();
    }

private:
    QTableView* showApplications()
    {
        m_window->showView(MainWindow::View::Applications);
        auto* table = m_window->findChild<QTableView*>(QStringLiteral("applicationsTableView"));
        if (table)
            (void)QTest::qWaitFor([table] { return table->model()->rowCount() >= 4; }, 5000);
        return table;
    }

    // The visible dialog of that type (and objectName), once it is shown.
    template <typename T>
    T* findDialog(const QString& name = {})
    {
        T* found = nullptr;
        const auto look = [&] {
            for (T* d : m_window->findChildren<T*>()) {
                if (d->isVisible() && (name.isEmpty() || d->objectName() == name))
                    found = d;
            }
            return found != nullptr;
        };
        (void)QTest::qWaitFor(look, 10000); // the caller checks what was found
        return found;
    }

    static int rowOf(QTableView* table, const QString& firstColumn)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data().toString() == firstColumn)
                return row;
        }
        return -1;
    }

    QJsonObject metadata() const
    {
        auto* preview = m_window->findChild<QPlainTextEdit*>(QStringLiteral("metadataPreviewTextEdit"));
        return preview ? QJsonDocument::fromJson(preview->toPlainText().toUtf8()).object() : QJsonObject();
    }

    const AuditContext m_ctx{QStringLiteral("test"), QStringLiteral("test")};
    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    QString m_resourceUri;
    QString m_orgId;
};

QTEST_MAIN(TestEntityPages)
#include "tst_entitypages.moc"
