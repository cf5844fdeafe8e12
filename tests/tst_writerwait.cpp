// A command that writes while the window's writer holds a write transaction (a sync's commit)
// waits for it, says so once, and then succeeds: never "database is locked". The holder here is
// the writer's own kind of connection (Database::open, as AppWriter opens it) in this process;
// the command is the real binary. The transaction ends only after the command has said it is
// waiting, so the wait is proven, not assumed.
#include "storage/database.h"
#include "support/cliprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kBoundMs = 60000; // how long a step may take before the test gives up
const QString kShow = QStringLiteral("All of Us Are Dead");

// Reads the process's stderr until it contains `text`; false if it ends or the bound passes.
bool waitForStderr(QProcess &process, const QByteArray &text, QByteArray *seen)
{
    QDeadlineTimer bound(kBoundMs);
    while (!seen->contains(text)) {
        if (process.state() == QProcess::NotRunning || bound.hasExpired())
            return false;
        process.waitForReadyRead(100);
        *seen += process.readAllStandardError();
    }
    return true;
}

} // namespace

class TestWriterWait : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // Runs `arguments` against `path` while a write transaction on it stays open until the
    // command says it waits; returns the command's exit code and what it printed.
    int runWhileLocked(const QString &path, const QStringList &arguments, QByteArray *err)
    {
        auto opened = Database::open(path);
        if (!opened.database)
            return -2;
        QSqlQuery begin(opened.database->connection());
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            qWarning() << begin.lastError().text();
            return -3;
        }
        QProcess command;
        command.start(QStringLiteral(CLIFFHANGER_BINARY),
                      QStringList{QStringLiteral("--db"), path} + arguments);
        const bool waited = waitForStderr(command, "waiting...", err);
        QSqlQuery commit(opened.database->connection());
        commit.exec(QStringLiteral("COMMIT"));
        command.waitForFinished(kBoundMs);
        *err += command.readAllStandardError();
        if (!waited)
            return -4;
        return command.exitStatus() == QProcess::NormalExit ? command.exitCode() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void watchAddWaitsForTheWindowsTransaction()
    {
        const QString path = m_dir.filePath(QStringLiteral("watch.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("shows")}).exitCode, 0);
        QByteArray err;
        const int code =
            runWhileLocked(path, {QStringLiteral("watch"), QStringLiteral("add"), kShow}, &err);
        QVERIFY2(code == 0, err);
        QVERIFY2(!err.contains("locked"), err);
        QCOMPARE(err.count("waiting..."), 1); // said once, not per retry
        const CliResult list = runCli({QStringLiteral("--db"), path, QStringLiteral("watch"),
                                       QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray followed = list.json().array();
        QCOMPARE(followed.size(), 1);
        QCOMPARE(followed.first().toObject().value(QStringLiteral("show")).toString(), kShow);
    }

    void reminderRulesWaitToo()
    {
        const QString path = m_dir.filePath(QStringLiteral("rules.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("shows")}).exitCode, 0);
        QByteArray err;
        const int code =
            runWhileLocked(path,
                           {QStringLiteral("reminders"), QStringLiteral("rules"),
                            QStringLiteral("set"), QStringLiteral("hour"), QStringLiteral("7")},
                           &err);
        QVERIFY2(code == 0, err);
        const CliResult rules = runCli({QStringLiteral("--db"), path, QStringLiteral("reminders"),
                                        QStringLiteral("rules"), QStringLiteral("--json")});
        QCOMPARE(rules.json().object().value(QStringLiteral("hour")).toInt(), 7);
    }
};

QTEST_GUILESS_MAIN(TestWriterWait)
#include "tst_writerwait.moc"
