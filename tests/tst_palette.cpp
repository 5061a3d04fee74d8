// Light and dark palettes: the colours that carry a meaning (the inspector's rows by kind and status,
// step states, field errors) stay readable on the palette in use, light or dark, and nothing in the UI
// paints with a fixed colour that a dark palette would leave unreadable.

#include "backend/ConnectionProfileStore.h"
#include "dialogs/PreferencesDialog.h"
#include "flow/TranscriptEvent.h"
#include "inspector/TranscriptItemDelegate.h"
#include "models/TranscriptTableModel.h"
#include "widgets/StatusColors.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

using namespace mcpauth;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x8a, 0x8a));
    return p;
}

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    return p;
}

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void statusColoursContrast_data()
    {
        QTest::addColumn<QColor>("background");
        QTest::newRow("white") << QColor(Qt::white);
        QTest::newRow("light grey") << QColor(0xef, 0xef, 0xef);
        QTest::newRow("dark base") << QColor(0x1e, 0x1e, 0x1e);
        QTest::newRow("dark window") << QColor(0x2d, 0x2d, 0x30);
        QTest::newRow("black") << QColor(Qt::black);
        QTest::newRow("mid grey") << QColor(0x60, 0x60, 0x60);
    }

    void statusColoursContrast()
    {
        QFETCH(QColor, background);
        for (const auto kind : {StatusColors::Kind::Error, StatusColors::Kind::Success, StatusColors::Kind::Warning,
                 StatusColors::Kind::Info, StatusColors::Kind::Message}) {
            const QColor c = StatusColors::color(kind, background);
            QVERIFY2(StatusColors::contrast(c, background) >= StatusColors::kMinimumContrast,
                qPrintable(QStringLiteral("%1 on %2: %3")
                               .arg(c.name(), background.name())
                               .arg(StatusColors::contrast(c, background))));
        }
        // The hue is kept: red stays red on dark.
        const QColor red = StatusColors::color(StatusColors::Kind::Error, background);
        QVERIFY(red.red() > red.green() && red.red() > red.blue());
        QCOMPARE(StatusColors::contrast(Qt::black, Qt::white), 21.0);
    }

    // The inspector's delegate, every kind and status of row, on a dark and a light palette: its text
    // stays readable on the view's background (and not the light-theme colour unchanged).
    void inspectorRowsReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("dark") << darkPalette();
        QTest::newRow("light") << lightPalette();
    }

    void inspectorRowsReadable()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        QStandardItemModel model;
        using SC = TranscriptTableModel::StatusClass;
        using Kind = TranscriptEvent::Kind;
        int coloured = 0;
        for (const SC status :
            {SC::Neutral, SC::Success, SC::Redirect, SC::ClientError, SC::ServerError, SC::Failure}) {
            for (const Kind kind : {Kind::Http, Kind::JsonRpcRequest, Kind::JsonRpcResponse, Kind::JsonRpcNotification,
                     Kind::Browser, Kind::Note}) {
                auto* item = new QStandardItem(QStringLiteral("row"));
                item->setData(int(status), TranscriptTableModel::StatusClassRole);
                item->setData(int(kind), TranscriptTableModel::KindRole);
                model.appendRow(item);
                const QColor text = TranscriptItemDelegate::foreground(item->index(), palette);
                const QColor shown = text.isValid() ? text : palette.color(QPalette::Text);
                const QColor background = palette.color(QPalette::Base);
                // Notes are greyed on purpose, like disabled text: a lower bar, still legible.
                const double needed = kind == Kind::Note && (status == SC::Neutral || status == SC::Success)
                    ? 3.0
                    : StatusColors::kMinimumContrast;
                QVERIFY2(StatusColors::contrast(shown, background) >= needed,
                    qPrintable(QStringLiteral("status %1 kind %2: %3 on %4")
                                   .arg(int(status))
                                   .arg(int(kind))
                                   .arg(shown.name(), background.name())));
                coloured += text.isValid() ? 1 : 0;
            }
        }
        QVERIFY(coloured > 20); // the test looked at coloured rows, not only default ones
        QApplication::setPalette(QPalette());
    }

    // A field error on a dark dialog is readable too (StatusColors::apply on the label's palette).
    void labelsFollowTheDarkPalette()
    {
        QApplication::setPalette(darkPalette());
        ConnectionProfileStore profiles;
        PreferencesDialog dialog(profiles);
        dialog.show();
        auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("serverAddressLineEdit"));
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("serverAddressNoteLabel"));
        QVERIFY(address && note);
        address->setText(QStringLiteral("not an address"));
        const QColor text = note->palette().color(QPalette::WindowText);
        const QColor background = note->palette().color(QPalette::Window);
        QVERIFY2(StatusColors::contrast(text, background) >= StatusColors::kMinimumContrast,
            qPrintable(text.name() + QLatin1Char(' ') + background.name()));
        QVERIFY(text.red() > text.blue());
        dialog.close();
        QApplication::setPalette(QPalette());
    }

    // No fixed colours in the UI's sources outside StatusColors: a stylesheet colour or a QColor literal
    // ignores the palette and breaks dark mode.
    void noHardCodedColours()
    {
        const QRegularExpression fixed(
            QStringLiteral("setStyleSheet\\s*\\(|QColor\\s*\\(\\s*(0x|\\\"#)|Qt::(red|green|blue|"
                           "black|white|gray|darkGray|lightGray|darkRed|darkGreen|darkBlue)\\b"));
        QStringList offenders;
        QDirIterator it(QStringLiteral(MCPAUTH_SOURCE_DIR "/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
            QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            if (path.contains(QLatin1String("/StatusColors.")))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            if (text.contains(fixed))
                offenders << path;
        }
        QVERIFY(files > 20);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    // Every file dialog is the platform's own: none asks for Qt's widget-based one.
    void nativeFileDialogsOnly()
    {
        QStringList offenders;
        QDirIterator it(QStringLiteral(MCPAUTH_SOURCE_DIR "/ui"), {QStringLiteral("*.cpp")}, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            if (file.readAll().contains("DontUseNativeDialog"))
                offenders << path;
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
