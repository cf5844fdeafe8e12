#include "storage/database.h"
#include "support/cliprocess.h"
#include "support/sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

// `cliffhanger --db PATH --reset-db`: a file Cliffhanger refuses is moved aside as a dated
// backup next to it, byte for byte as it was, and a fresh database starts in its place. Without
// the flag the refusal stays, leaves the file as it was and names the flag.
class ResetDbTest : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("ledger.sqlite")); }

    static QByteArray contents(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
    }
    static bool write(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    QStringList filesInDir() const
    {
        return QDir(m_dir->path()).entryList(QDir::Files, QDir::Name);
    }
    // A real database written by this Cliffhanger, its WAL copied back into the file.
    bool makeHealthy(const QString &file) const
    {
        if (runCli({QStringLiteral("--db"), file, QStringLiteral("shows")}).exitCode != 0)
            return false;
        SqliteFile settle(file);
        return settle.isOpen() &&
               sqliteText(settle.handle(), QStringLiteral("PRAGMA user_version")) ==
                   QString::number(Database::kSchemaVersion);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void refusedFileIsMovedAsideAndAFreshOneStarts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("refusal"); // what the error says without --reset-db
        QTest::newRow("not SQLite") << QStringLiteral("text") << QStringLiteral("not an SQLite");
        QTest::newRow("newer version") << QStringLiteral("newer") << QStringLiteral("newer");
        QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("damaged");
    }

    void refusedFileIsMovedAsideAndAFreshOneStarts()
    {
        QFETCH(QString, kind);
        QFETCH(QString, refusal);
        if (kind == QLatin1String("text")) {
            QVERIFY(write(path(), QByteArray("my notes, not a database\n").repeated(200)));
        } else {
            QVERIFY(makeHealthy(path()));
            QByteArray bytes = contents(path());
            if (kind == QLatin1String("newer")) {
                SqliteFile file(path());
                QCOMPARE(sqliteExec(file.handle(), QStringLiteral("PRAGMA user_version = 99")),
                         SQLITE_OK);
            } else {
                // The header stays (it still says SQLite and its version); the first page's
                // table of tables after it is overwritten.
                QVERIFY(bytes.size() > 4096);
                for (int i = 100; i < 4096; ++i)
                    bytes[i] = char(0xA5);
                QVERIFY(write(path(), bytes));
            }
        }
        const QByteArray original = contents(path());

        // Refused, untouched, and the way out named.
        CliResult r = runCli({QStringLiteral("--db"), path(), QStringLiteral("shows")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(refusal.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("--reset-db"), r.err.constData());
        QCOMPARE(contents(path()), original);
        // (Reading a WAL database's version may leave the empty -wal and -shm files SQLite
        // creates for any reader; the file itself is unchanged and nothing is moved.)
        QVERIFY(filesInDir().filter(QStringLiteral("backup")).isEmpty());

        r = runCli({QStringLiteral("--db"), path(), QStringLiteral("--reset-db")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QRegularExpressionMatch said =
            QRegularExpression(QStringLiteral("moved to (.+) \\(kept as it was\\)"))
                .match(QString::fromUtf8(r.err));
        QVERIFY2(said.hasMatch(), r.err.constData());
        const QString backup = said.captured(1);
        QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path()).absolutePath());
        QVERIFY2(QFileInfo(backup).fileName().startsWith(QStringLiteral("ledger.sqlite.backup-")),
                 qPrintable(backup));
        QCOMPARE(contents(backup), original);

        // A fresh database with the embedded data in its place.
        r = runCli(
            {QStringLiteral("--db"), path(), QStringLiteral("shows"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.json().array().size() > 0);
        QCOMPARE(contents(backup), original);
    }

    void resetWithACommandAndWithoutDefaultData()
    {
        QVERIFY(write(path(), QByteArray(4096, 'x')));
        const CliResult r = runCli({QStringLiteral("--db"), path(), QStringLiteral("--reset-db"),
                                    QStringLiteral("--no-default-data"), QStringLiteral("shows"),
                                    QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().array().size(), 0);
        QVERIFY(r.err.contains("--reset-db: the old file was moved to"));
        const QStringList files = filesInDir();
        const QStringList backups = files.filter(QStringLiteral("ledger.sqlite.backup-"));
        QCOMPARE(backups.size(), 1);
        QCOMPARE(contents(m_dir->filePath(backups.first())), QByteArray(4096, 'x'));
    }

    // A database's WAL belongs to it: it goes with the backup (and opens there), and the fresh
    // file does not inherit it.
    void theWalGoesWithTheBackup()
    {
        QVERIFY(makeHealthy(path()));
        {
            SqliteFile file(path());
            QCOMPARE(sqliteExec(file.handle(), QStringLiteral("PRAGMA user_version = 99")),
                     SQLITE_OK);
        }
        const QByteArray wal = QByteArray("not really a WAL, but it is this database's");
        QVERIFY(write(path() + QStringLiteral("-wal"), wal));
        const CliResult r = runCli({QStringLiteral("--db"), path(), QStringLiteral("--reset-db")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList backups = filesInDir().filter(QRegularExpression(
            QStringLiteral("^ledger\\.sqlite\\.backup-\\d{8}-\\d{6}(-\\d+)?-wal$")));
        QCOMPARE(backups.size(), 1);
        QCOMPARE(contents(m_dir->filePath(backups.first())), wal);
    }

    void aDatabaseThatOpensIsNotReset()
    {
        QVERIFY(makeHealthy(path()));
        const QByteArray before = contents(path());
        const CliResult r = runCli({QStringLiteral("--db"), path(), QStringLiteral("--reset-db"),
                                    QStringLiteral("shows"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("it was not reset"));
        QVERIFY(r.json().array().size() > 0);
        QVERIFY(filesInDir().filter(QStringLiteral("backup")).isEmpty());
        QCOMPARE(contents(path()).size(), before.size());
    }

    void twoResetsInOneSecondKeepBothBackups()
    {
        QVERIFY(write(path(), QByteArray("first")));
        QCOMPARE(runCli({QStringLiteral("--db"), path(), QStringLiteral("--reset-db"),
                         QStringLiteral("--no-default-data")})
                     .exitCode,
                 0);
        // However quickly the second one comes, the first backup is never overwritten.
        QFile::remove(path());
        QFile::remove(path() + QStringLiteral("-wal"));
        QFile::remove(path() + QStringLiteral("-shm"));
        QVERIFY(write(path(), QByteArray("second")));
        QCOMPARE(runCli({QStringLiteral("--db"), path(), QStringLiteral("--reset-db"),
                         QStringLiteral("--no-default-data")})
                     .exitCode,
                 0);
        QStringList contentsOfBackups;
        for (const QString &f : filesInDir().filter(QRegularExpression(
                 QStringLiteral("^ledger\\.sqlite\\.backup-\\d{8}-\\d{6}(-\\d+)?$"))))
            contentsOfBackups << QString::fromUtf8(contents(m_dir->filePath(f)));
        contentsOfBackups.sort();
        QCOMPARE(contentsOfBackups,
                 (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    }

    void aMissingCommandOptionIsStillAUsageError()
    {
        const CliResult r = runCli({QStringLiteral("--db"), path(), QStringLiteral("--reset-db"),
                                    QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(path()));
    }
};

QTEST_GUILESS_MAIN(ResetDbTest)
#include "tst_resetdb.moc"
