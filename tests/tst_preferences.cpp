// Edit > Preferences and ConsoleSettings: every setting kept in QSettings and read back, the languages
// found from the compiled translations, the server address checked (an error for what is not an
// address, a warning off loopback), the log level applied at once, and the data folder chosen with the
// platform's own folder dialog.

#include "ConsoleSettings.h"
#include "GuiTestSupport.h"
#include "backend/ConnectionProfileStore.h"
#include "common/Logging.h"
#include "dialogs/PreferencesDialog.h"
#include "store/DataPaths.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpauth;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("MCPAUTH_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mcpauth-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    }

    void init() { QSettings().clear(); }
    void cleanup() { QLoggingCategory::setFilterRules(QString()); }

    void defaults()
    {
        const ConsoleSettings s = ConsoleSettings::load();
        QVERIFY(s.language.isEmpty());
        QCOMPARE(s.serverAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(s.serverPort, ConsoleSettings::kDefaultPort);
        QVERIFY(s.startServer);
        QCOMPARE(s.logLevel, LogLevel::Info);
        QVERIFY(s.dataFolder.isEmpty());
    }

    void roundTrip()
    {
        ConsoleSettings s;
        s.language = QStringLiteral("de");
        s.serverAddress = QStringLiteral("::1");
        s.serverPort = 9123;
        s.startServer = false;
        s.logLevel = LogLevel::Debug;
        s.dataFolder = m_dir.filePath(QStringLiteral("elsewhere"));
        s.save();
        const ConsoleSettings r = ConsoleSettings::load();
        QCOMPARE(r.language, s.language);
        QCOMPARE(r.serverAddress, s.serverAddress);
        QCOMPARE(r.serverPort, s.serverPort);
        QCOMPARE(r.startServer, s.startServer);
        QCOMPARE(r.logLevel, s.logLevel);
        QCOMPARE(r.dataFolder, s.dataFolder);
        QVERIFY(QSettings().value(QStringLiteral("log/level")).toString() == QLatin1String("debug"));
    }

    // Hand-edited or damaged values fall back to the defaults instead of breaking the start.
    void badValuesFallBack()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("server/address"), QStringLiteral("not an address"));
        settings.setValue(QStringLiteral("server/port"), 70000);
        settings.setValue(QStringLiteral("log/level"), QStringLiteral("loud"));
        const ConsoleSettings s = ConsoleSettings::load();
        QCOMPARE(s.serverAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(s.serverPort, ConsoleSettings::kDefaultPort);
        QCOMPARE(s.logLevel, LogLevel::Info);
    }

    void languagesFromCompiledTranslations()
    {
        QTemporaryDir i18n;
        for (const char* name : {"mcpauth_de.qm", "mcpauth_zh_CN.qm", "mcpauth_en.qm", "qtbase_de.qm"}) {
            QFile file(i18n.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir(i18n.path()).mkdir(QStringLiteral("pages")));
        QCOMPARE(ConsoleSettings::availableLanguages(i18n.path()),
            (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("zh_CN")}));
        // In this test program, no translation is compiled in: no language but the system's.
        QVERIFY(ConsoleSettings::availableLanguages().isEmpty()
            || ConsoleSettings::availableLanguages().contains(QStringLiteral("en")));
    }

    void languageNamesInTheirOwnLanguage_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("name");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("English");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("简体中文");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Deutsch");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Français");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("日本語");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Español");
    }

    void languageNamesInTheirOwnLanguage()
    {
        QFETCH(QString, tag);
        QFETCH(QString, name);
        QCOMPARE(ConsoleSettings::languageName(tag), name);
    }

    void addresses()
    {
        QVERIFY(ConsoleSettings::isLoopbackAddress(QStringLiteral("127.0.0.1")));
        QVERIFY(ConsoleSettings::isLoopbackAddress(QStringLiteral("::1")));
        QVERIFY(!ConsoleSettings::isLoopbackAddress(QStringLiteral("0.0.0.0")));
        QVERIFY(!ConsoleSettings::isLoopbackAddress(QStringLiteral("192.168.1.10")));
        QVERIFY(!ConsoleSettings::isValidAddress(QStringLiteral("localhost:8765")));
        QVERIFY(!ConsoleSettings::isValidAddress(QString()));
    }

    void dialogSavesEverySetting()
    {
        ConnectionProfileStore profiles;
        PreferencesDialog dialog(profiles);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        QVERIFY(language);
        QCOMPARE(language->itemText(0), QStringLiteral("System default"));
        QCOMPARE(language->count(), ConsoleSettings::availableLanguages().size() + 1);
        auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("serverAddressLineEdit"));
        auto* port = dialog.findChild<QSpinBox*>(QStringLiteral("serverPortSpinBox"));
        auto* level = dialog.findChild<QComboBox*>(QStringLiteral("logLevelComboBox"));
        auto* folder = dialog.findChild<QLineEdit*>(QStringLiteral("dataFolderLineEdit"));
        QVERIFY(address && port && level && folder);
        QCOMPARE(QDir::fromNativeSeparators(folder->text()), DataPaths::dataDirectory());
        QCOMPARE(level->count(), 4);
        QCOMPARE(level->currentData().toInt(), int(LogLevel::Info));

        address->setText(QStringLiteral("::1"));
        port->setValue(9200);
        level->setCurrentIndex(level->findData(int(LogLevel::Debug)));
        const QString chosen = m_dir.filePath(QStringLiteral("chosen"));
        dialog.setDataFolder(chosen);
        QCOMPARE(dialog.dataFolder(), chosen);
        QVERIFY(!lcFlow().isDebugEnabled());
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!dialog.isVisible());

        const ConsoleSettings s = ConsoleSettings::load();
        QCOMPARE(s.serverAddress, QStringLiteral("::1"));
        QCOMPARE(s.serverPort, quint16(9200));
        QCOMPARE(s.logLevel, LogLevel::Debug);
        QCOMPARE(s.dataFolder, chosen);
        QVERIFY(s.language.isEmpty());
        QVERIFY(lcFlow().isDebugEnabled()); // the level applies without a restart
    }

    void cancelKeepsTheSettings()
    {
        ConnectionProfileStore profiles;
        PreferencesDialog dialog(profiles);
        dialog.show();
        dialog.findChild<QSpinBox*>(QStringLiteral("serverPortSpinBox"))->setValue(9300);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(ConsoleSettings::load().serverPort, ConsoleSettings::kDefaultPort);
    }

    void addressIsChecked()
    {
        ConnectionProfileStore profiles;
        PreferencesDialog dialog(profiles);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("serverAddressLineEdit"));
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("serverAddressNoteLabel"));
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(address && note && ok);
        QVERIFY(!note->isVisible());
        QVERIFY(ok->isEnabled());

        address->setText(QStringLiteral("localhost:8765"));
        QVERIFY(note->isVisible());
        QVERIFY(!ok->isEnabled());

        address->setText(QStringLiteral("0.0.0.0"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().startsWith(QLatin1String("Warning")));
        QVERIFY(note->text().contains(QLatin1String("0.0.0.0")));
        QVERIFY(ok->isEnabled()); // a warning, not a refusal
        test::saveShot(&dialog, QStringLiteral("preferences-warning"));

        address->setText(QStringLiteral("127.0.0.1"));
        QVERIFY(!note->isVisible());
        test::saveShot(&dialog, QStringLiteral("preferences"));
    }

    // The folder is chosen with the platform's dialog (never Qt's own widget dialog), opened without
    // a nested event loop.
    void dataFolderUsesTheNativeDialog()
    {
        ConnectionProfileStore profiles;
        PreferencesDialog dialog(profiles);
        dialog.show();
        dialog.findChild<QPushButton*>(QStringLiteral("chooseDataFolderButton"))->click();
        auto* chooser = dialog.findChild<QFileDialog*>(QStringLiteral("dataFolderFileDialog"));
        QVERIFY(chooser);
        QVERIFY(!chooser->testOption(QFileDialog::DontUseNativeDialog));
        QCOMPARE(chooser->fileMode(), QFileDialog::Directory);
        QVERIFY(chooser->testOption(QFileDialog::ShowDirsOnly));
        const QString chosen = m_dir.filePath(QStringLiteral("picked"));
        QVERIFY(QDir().mkpath(chosen));
        Q_EMIT chooser->fileSelected(chosen);
        QCOMPARE(dialog.dataFolder(), chosen);
        chooser->reject();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
