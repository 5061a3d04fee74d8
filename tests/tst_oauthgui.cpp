// The console on a standards-based server (node-oidc-provider started on loopback), offscreen: a
// connection profile of kind "oauth" connects through the factory; Applications lists the client the
// console registered; Tokens offers look-up and revocation instead of the list, and says why; Audit,
// Users and Consents are unavailable with the reason.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OidcProviderPeer.h"
#include "backend/BackendFactory.h"
#include "backend/LocalBackend.h"
#include "backend/oauth/OAuthServerBackend.h"
#include "dialogs/ApplicationEditorDialog.h"
#include "secrets/MemorySecretStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace mcpauth;
using namespace Qt::StringLiterals;
using mcpauth::test::saveShot;

class TestOAuthGui : public QObject
{
    Q_OBJECT

private:
    QString accessToken(const QString& clientId, const QString& secret)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_peer.issuer() + u"/token"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
        request.setRawHeader("Authorization",
            "Basic "
                + QByteArray(QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(secret)).toBase64());
        QNetworkReply* reply = network.post(request, "grant_type=client_credentials&scope=mcp%3Aread"_ba);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(20000))
            return {};
        const QString token = QJsonDocument::fromJson(reply->readAll()).object().value(u"access_token"_s).toString();
        reply->deleteLater();
        return token;
    }

    test::OidcProviderPeer m_peer;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_peer.start(QStringLiteral(MCPAUTH_SOURCE_DIR));
        if (!problem.isEmpty()) {
            if (qEnvironmentVariableIntValue("MCPAUTH_REQUIRE_PEERS") == 1)
                QFAIL(qPrintable(problem));
            QSKIP(qPrintable(problem));
        }
        QVERIFY(m_dir.isValid());
        // The local store of the second test keeps its key file here, not in the user's data folder.
        qputenv("MCPAUTH_DATA_DIR", m_dir.path().toUtf8());
    }

    void cleanupTestCase() { m_peer.stop(); }

    void pagesAdaptToAStandardsServer()
    {
        MemorySecretStore keychain;
        OAuthServerBackend backend(m_peer.issuer(), QString::fromLatin1(test::OidcProviderPeer::kAdminClientId),
            m_peer.adminSecret(), &keychain);
        std::optional<Status> opened;
        QObject context;
        backend.open(&context, [&](Status s) { opened = s; });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 20000);
        QVERIFY2(*opened, qPrintable(*opened ? QString() : opened->error().message));

        Application app;
        app.name = u"gui-registered"_s;
        app.clientType = ClientType::Confidential;
        app.authMethod = TokenEndpointAuthMethod::ClientSecretBasic;
        app.grantTypes = {GrantType::ClientCredentials};
        app.allowedScopes = {u"mcp:read"_s};
        std::optional<Result<SavedApplication>> saved;
        backend.createApplication(app, &context, [&](Result<SavedApplication> r) { saved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
        QVERIFY2(*saved, qPrintable(*saved ? QString() : saved->error().message));
        const QString clientId = (*saved)->application.clientId;

        MainWindow window(backend);
        window.resize(1100, 700);
        window.show();
        auto* backendLabel = window.findChild<QLabel*>(u"backendLabel"_s);
        QVERIFY(backendLabel && backendLabel->text().contains(m_peer.issuer()));

        // Applications: the client this console registered, and why only those.
        window.showView(MainWindow::View::Applications);
        auto* table = window.findChild<QTableView*>(u"applicationsTableView"_s);
        QVERIFY(table);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 20000);
        QCOMPARE(table->model()->index(0, 0).data().toString(), u"gui-registered"_s);
        auto* scope = window.findChild<QLabel*>(u"applicationScopeLabel"_s);
        QVERIFY(scope && scope->text().contains(u"registered from this console"_s));
        saveShot(&window, u"oauth-applications"_s);

        // New: the editor registers the client at the server (RFC 7591); the server is the organization.
        window.findChild<QAction*>(u"newAction"_s)->trigger();
        ApplicationEditorDialog* editor = nullptr;
        QTRY_VERIFY((editor = window.findChild<ApplicationEditorDialog*>()) != nullptr);
        auto* templates = editor->findChild<QComboBox*>(u"templateComboBox"_s);
        auto* name = editor->findChild<QLineEdit*>(u"nameLineEdit"_s);
        auto* save = editor->findChild<QPushButton*>(u"saveButton"_s);
        QVERIFY(templates && name && save);
        templates->setCurrentIndex(templates->findData(u"custom"_s));
        editor->findChild<QCheckBox*>(u"refreshTokenCheckBox"_s)->setChecked(false);
        QTest::keyClicks(name, u"gui-from-editor"_s);
        // RFC 7591 has one client_name: the display name when there is one, else the name.
        editor->findChild<QLineEdit*>(u"displayNameLineEdit"_s)->clear();
        QTRY_VERIFY(save->isEnabled());
        const QPointer<QDialog> open(editor);
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!open || !open->isVisible(), 20000);
        // The secret is shown once; close that dialog too.
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        QApplication::activeModalWidget()->close();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 20000);

        // Tokens: no list (with the reason), but look-up and revocation.
        window.showView(MainWindow::View::Tokens);
        auto* why = window.findChild<QLabel*>(u"tokenListUnavailableLabel"_s);
        QVERIFY(why);
        QVERIFY2(why->text().contains(u"cannot list tokens"_s), qPrintable(why->text()));
        auto* pasted = window.findChild<QPlainTextEdit*>(u"tokenLookupEdit"_s);
        auto* lookUp = window.findChild<QPushButton*>(u"tokenLookupButton"_s);
        auto* revoke = window.findChild<QPushButton*>(u"tokenRevokeValueButton"_s);
        auto* result = window.findChild<QTextBrowser*>(u"tokenLookupResultBrowser"_s);
        QVERIFY(pasted && lookUp && revoke && result);
        QVERIFY(!lookUp->isEnabled());
        const QString token = accessToken(clientId, (*saved)->clientSecret);
        QVERIFY(!token.isEmpty());
        pasted->setPlainText(token);
        QVERIFY(lookUp->isEnabled() && revoke->isEnabled());
        QTest::mouseClick(lookUp, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->toPlainText().contains(u"Active: the server accepts this token."_s), 20000);
        QVERIFY(result->toPlainText().contains(clientId));
        auto* server = window.findChild<QTextBrowser*>(u"serverDocumentsBrowser"_s);
        QVERIFY(server);
        QTRY_VERIFY_WITH_TIMEOUT(server->toPlainText().contains(u"Signing keys (JWKS)"_s), 20000);
        saveShot(&window, u"oauth-token-lookup"_s);

        // Revoke (confirmed in the window-modal question), then the look-up says inactive.
        QTest::mouseClick(revoke, Qt::LeftButton);
        QWidget* question = nullptr;
        QTRY_VERIFY((question = QApplication::activeModalWidget()) != nullptr);
        QPushButton* confirm = nullptr;
        for (QPushButton* b : question->findChildren<QPushButton*>()) {
            if (b->text().remove(u'&') == u"Revoke"_s)
                confirm = b;
        }
        QVERIFY(confirm);
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->toPlainText().contains(u"Inactive"_s), 20000);

        // Audit: unavailable with the standards' reason.
        window.showView(MainWindow::View::Audit);
        auto* pages = window.findChild<QStackedWidget*>(u"pagesStackedWidget"_s);
        QVERIFY(pages);
        auto* reason = pages->currentWidget()->findChild<QLabel*>(u"unavailableReasonLabel"_s);
        QVERIFY(reason);
        QVERIFY2(reason->text().contains(u"no API for an audit log"_s), qPrintable(reason->text()));
        saveShot(&window, u"oauth-audit-unavailable"_s);
        window.showView(MainWindow::View::Users);
        QVERIFY(pages->currentWidget()->findChild<QLabel*>(u"unavailableReasonLabel"_s));

        for (const QString& ref : {clientId, u"gui-from-editor"_s}) {
            std::optional<Result<ApplicationImpact>> removed;
            backend.removeApplication(ref, &context, [&](Result<ApplicationImpact> r) { removed = r; });
            QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
            QVERIFY2(*removed, qPrintable(*removed ? QString() : removed->error().message));
        }
    }

    void aProfileConnectsThroughTheFactory()
    {
        LocalBackend local(*DatabaseLocation::parse(m_dir.filePath(u"store.sqlite"_s)), {});
        test::openBackend(local);
        MemorySecretStore keychain;
        MainWindow window(local);
        window.setSecretStore(&keychain);
        ConnectionProfile profile;
        profile.id = u"p1"_s;
        profile.name = u"node-oidc-provider"_s;
        profile.kind = BackendKind::Standards;
        profile.location = m_peer.issuer();
        profile.clientId = QString::fromLatin1(test::OidcProviderPeer::kAdminClientId);
        std::optional<Status> stored;
        keychain.write(profile.secretKey(), m_peer.adminSecret(), [&](Status s) { stored = s; });
        QTRY_VERIFY(stored.has_value());
        window.connectProfile(profile);
        auto* backendLabel = window.findChild<QLabel*>(u"backendLabel"_s);
        QVERIFY(backendLabel);
        QTRY_VERIFY_WITH_TIMEOUT(backendLabel->text().contains(m_peer.issuer()), 20000);
        QCOMPARE(window.backend().kind(), BackendKind::Standards);
        QVERIFY(window.statusBar()->currentMessage().contains(u"Connected"_s));
    }
};

QTEST_MAIN(TestOAuthGui)
#include "tst_oauthgui.moc"
