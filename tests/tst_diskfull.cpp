#include "rssgen.h"
#include "storage/database.h"
#include "support/cliprocess.h"
#include "support/loopbackserver.h"
#include "support/sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// A disk that fills up in the middle of a big sync (tests/tools/disk-full-sync.sh): a real
// size-capped tmpfs in a user and mount namespace, or where those are refused the file size
// limit, the closest substitute (the test prints which). The sync fails with a clear storage
// error and exit 1, the old data is all there and intact, and the sync after space is freed
// completes.
class DiskFullTest : public QObject {
    Q_OBJECT

    LoopbackServer m_server;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray contents(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("(missing)");
    }
    static QString articleCount(const QString &db)
    {
        SqliteFile file(db);
        return sqliteText(file.handle(), QStringLiteral("SELECT count(*) FROM articles"));
    }
    static QString integrity(const QString &db)
    {
        SqliteFile file(db);
        return sqliteRows(file.handle(), QStringLiteral("PRAGMA integrity_check"))
            .join(QLatin1Char(';'));
    }
    static QStringList oldArticles(const QString &db)
    {
        SqliteFile file(db);
        return sqliteRows(file.handle(),
                          QStringLiteral("SELECT id, guid, title, content_hash FROM articles "
                                         "WHERE feed_id = (SELECT min(id) FROM feeds WHERE "
                                         "url LIKE 'http%') ORDER BY id"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
    }

    void aSyncThatFillsTheDiskKeepsTheOldData()
    {
        m_server.route(QStringLiteral("/old.xml"), LoopbackResponse::ok(generateRssFeed(1000, 3)));
        m_server.route(QStringLiteral("/big.xml"), LoopbackResponse::ok(generateRssFeed(20000, 4)));
        const QString oldUrl = m_server.url(QStringLiteral("/old.xml")).toString();
        const QString bigUrl = m_server.url(QStringLiteral("/big.xml")).toString();
        const QString base = path(QStringLiteral("base.sqlite"));
        for (const QStringList &args :
             {QStringList{QStringLiteral("feeds"), QStringLiteral("add"), oldUrl},
              QStringList{QStringLiteral("sync"), QStringLiteral("--feed"), oldUrl},
              QStringList{QStringLiteral("feeds"), QStringLiteral("add"), bigUrl}}) {
            const CliResult r = runCli(QStringList{QStringLiteral("--db"), base} + args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        {
            SqliteFile settle(base); // the WAL back into the one file the script copies
            QCOMPARE(sqliteText(settle.handle(), QStringLiteral("PRAGMA user_version")),
                     QString::number(Database::kSchemaVersion));
        }
        const QStringList before = oldArticles(base);
        QCOMPARE(before.size(), 1000);

        const QString script =
            QStringLiteral(CLIFFHANGER_SOURCE_DIR "/tests/tools/disk-full-sync.sh");
        // CLIFFHANGER_DISKFULL_MODE=fsize tries the substitute where namespaces work too.
        const bool namespaces =
            qEnvironmentVariable("CLIFFHANGER_DISKFULL_MODE") != QLatin1String("fsize") &&
            runProgram(QStringLiteral("unshare"), {QStringLiteral("-Urm"), QStringLiteral("true")})
                    .exitCode == 0;
        const QString mode = namespaces ? QStringLiteral("tmpfs") : QStringLiteral("fsize");
        qInfo("disk full: %s", namespaces ? "a 64 MiB tmpfs with 4 MiB free (user namespace)"
                                          : "the file size limit (RLIMIT_FSIZE) stands in for "
                                            "a full disk (no user namespace)");
        QStringList args{QStringLiteral("/bin/sh"),          script, mode, m_dir.path(),
                         QStringLiteral(CLIFFHANGER_BINARY), bigUrl};
        const CliResult run = namespaces ? runProgram(QStringLiteral("unshare"),
                                                      QStringList{QStringLiteral("-Urm")} + args)
                                         : runProgram(args.takeFirst(), args);
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // The report line goes to stdout (as for every feed), anything else to stderr.
        const QByteArray fullErr = contents(path(QStringLiteral("full.out"))) + '\n' +
                                   contents(path(QStringLiteral("full.err")));
        qInfo("the full disk's error: %s", fullErr.constData());
        QCOMPARE(contents(path(QStringLiteral("full.exit"))), QByteArray("1"));
        QVERIFY2(fullErr.contains("could not save: Could not store the feed"), fullErr.constData());
        QVERIFY2(fullErr.contains(namespaces ? "is full." : "is the disk full"),
                 fullErr.constData());
        QVERIFY2(fullErr.contains("the data from before is kept"), fullErr.constData());
        const QString full = path(QStringLiteral("full/ledger.sqlite"));
        QCOMPARE(integrity(full), QStringLiteral("ok"));
        QCOMPARE(oldArticles(full), before);
        QCOMPARE(articleCount(full), QString::number(before.size()));

        QCOMPARE(contents(path(QStringLiteral("freed.exit"))), QByteArray("0"));
        const QString freed = path(QStringLiteral("freed/ledger.sqlite"));
        QCOMPARE(integrity(freed), QStringLiteral("ok"));
        QCOMPARE(oldArticles(freed), before);
        QCOMPARE(articleCount(freed), QString::number(before.size() + 20000));
    }
};

QTEST_GUILESS_MAIN(DiskFullTest)
#include "tst_diskfull.moc"
