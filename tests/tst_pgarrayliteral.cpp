#include "store/PgArrayLiteral.h"

#include <QTest>

using namespace mcpauth;

// The text PostgreSQL parses as an array: hostile characters must stay inside their element.
class TestPgArrayLiteral : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyArray() { QCOMPARE(PgArrayLiteral().finish(), QStringLiteral("{}")); }

    void mixesTextNumbersAndNulls()
    {
        PgArrayLiteral a;
        a.append(QStringLiteral("abc"));
        a.appendNull();
        a.append(qint64(-42));
        a.append(QString(QLatin1String("")));
        QCOMPARE(a.finish(), QStringLiteral("{\"abc\",NULL,-42,\"\"}"));
    }

    void escapesQuotesAndBackslashes()
    {
        PgArrayLiteral a;
        a.append(QStringLiteral("a\"b\\c,{d} NULL"));
        QCOMPARE(a.finish(), QStringLiteral("{\"a\\\"b\\\\c,{d} NULL\"}"));
    }
};

QTEST_GUILESS_MAIN(TestPgArrayLiteral)
#include "tst_pgarrayliteral.moc"
