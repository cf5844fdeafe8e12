#include "support/cliprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class CliTest : public QObject {
    Q_OBJECT

    // A fresh folder per test: each one that opens cli.sqlite starts from a new database.
    std::unique_ptr<QTemporaryDir> m_dir;
    QString db() const { return m_dir->filePath(QStringLiteral("cli.sqlite")); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void versionAndHelp()
    {
        CliResult r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(CLIFFHANGER_VERSION_STRING));
        r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("claims [--show TITLE]"));
        QVERIFY(r.out.contains("--db"));
    }

    void showJsonOnAFreshDatabase()
    {
        const CliResult r = runCli({QStringLiteral("--db"), db(), QStringLiteral("show"),
                                    QStringLiteral("All of Us Are Dead"), QStringLiteral("--json"),
                                    QStringLiteral("--today"), QStringLiteral("2026-12-01")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonObject show = r.json().object();
        QCOMPARE(show.value(QStringLiteral("title")).toString(),
                 QStringLiteral("All of Us Are Dead"));
        QCOMPARE(show.value(QStringLiteral("originalTitle")).toString(),
                 QStringLiteral("지금 우리 학교는"));
        const QJsonArray seasons = show.value(QStringLiteral("seasons")).toArray();
        QCOMPARE(seasons.size(), 2);
        const QJsonObject s1 = seasons[0].toObject();
        QCOMPARE(s1.value(QStringLiteral("number")).toInt(), 1);
        QCOMPARE(s1.value(QStringLiteral("status")).toString(), QStringLiteral("released"));
        const QJsonArray episodes = s1.value(QStringLiteral("episodes")).toArray();
        QCOMPARE(episodes.size(), 12);
        QCOMPARE(episodes[0].toObject().value(QStringLiteral("airDate")).toString(),
                 QStringLiteral("2022-01-28"));
        QCOMPARE(episodes[11].toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Episode 12"));

        const QJsonObject outlook =
            seasons[1].toObject().value(QStringLiteral("outlook")).toObject();
        const QJsonObject release = outlook.value(QStringLiteral("release")).toObject();
        QCOMPARE(release.value(QStringLiteral("earliest")).toString(),
                 QStringLiteral("2026-09-01"));
        QCOMPARE(release.value(QStringLiteral("latest")).toString(), QStringLiteral("2027-04-30"));
        QCOMPARE(release.value(QStringLiteral("precision")).toString(),
                 QStringLiteral("part_of_year"));
        QVERIFY(!release.value(QStringLiteral("label")).toString().isEmpty());
        QVERIFY(release.value(QStringLiteral("sourceTitle"))
                    .toString()
                    .contains(QStringLiteral("filming")));
        QVERIFY(release.contains(QStringLiteral("sourceUrl")));
        QCOMPARE(outlook.value(QStringLiteral("episodeCount")).toInt(), 12);
        const QJsonArray history = outlook.value(QStringLiteral("history")).toArray();
        QVERIFY(history.size() >= 4);
        for (const QJsonValue &h : history)
            for (const char *field : {"published", "earliest", "latest", "label", "sourceTitle"})
                QVERIFY2(h.toObject().contains(QLatin1String(field)), field);

        const QJsonArray cast = show.value(QStringLiteral("cast")).toArray();
        QCOMPARE(cast.size(), 13);
        const QJsonObject first = cast[0].toObject();
        QCOMPARE(first.value(QStringLiteral("actor")).toString(), QStringLiteral("Park Ji-hu"));
        QCOMPARE(first.value(QStringLiteral("character")).toString(), QStringLiteral("Nam On-jo"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    }

    void outlookNoLongerCountsMissedWindows()
    {
        const CliResult r = runCli({QStringLiteral("--db"), db(), QStringLiteral("outlook"),
                                    QStringLiteral("All of Us Are Dead"), QStringLiteral("--json"),
                                    QStringLiteral("--today"), QStringLiteral("2026-12-01")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonObject o = r.json().object();
        // Late 2023, early 2024 and both late-2025 windows passed without the season: only S4's
        // late 2026 - early 2027 is left in the spread.
        const QJsonObject spread = o.value(QStringLiteral("spread")).toObject();
        QCOMPARE(spread.value(QStringLiteral("earliest")).toString(), QStringLiteral("2026-09-01"));
        QCOMPARE(spread.value(QStringLiteral("latest")).toString(), QStringLiteral("2027-04-30"));
        QCOMPARE(spread.value(QStringLiteral("days")).toInt(), 242);
        QCOMPARE(spread.value(QStringLiteral("claims")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("agreeing")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("release"))
                     .toObject()
                     .value(QStringLiteral("earliest"))
                     .toString(),
                 QStringLiteral("2026-09-01"));
        QStringList history;
        for (const QJsonValue &h : o.value(QStringLiteral("history")).toArray())
            history << h.toObject().value(QStringLiteral("earliest")).toString() +
                           QLatin1Char(' ') +
                           h.toObject().value(QStringLiteral("status")).toString();
        QCOMPARE(history,
                 (QStringList{"2023-09-01 missed", "2024-01-01 missed", "2025-09-01 missed",
                              "2025-10-01 missed", "2026-09-01 open"}));
        // The replay says when each one was missed: late 2023 on the first day of 2024.
        QStringList missed;
        for (const QJsonValue &c : o.value(QStringLiteral("changes")).toArray())
            if (c.toObject().value(QStringLiteral("effect")).toString() == QLatin1String("missed"))
                missed << c.toObject().value(QStringLiteral("published")).toString();
        QCOMPARE(missed, (QStringList{"2024-01-01", "2024-05-01", "2025-12-01", "2026-05-01"}));

        // A day in 2023 misses nothing yet: the spread runs from late 2023 again.
        const CliResult before =
            runCli({QStringLiteral("--db"), db(), QStringLiteral("outlook"),
                    QStringLiteral("All of Us Are Dead"), QStringLiteral("--json"),
                    QStringLiteral("--today"), QStringLiteral("2023-08-01")});
        QCOMPARE(before.json()
                     .object()
                     .value(QStringLiteral("spread"))
                     .toObject()
                     .value(QStringLiteral("claims"))
                     .toInt(),
                 5);
    }

    void sourcesListEachPublishersRecord()
    {
        CliResult r = runCli({QStringLiteral("--db"), db(), QStringLiteral("sources"),
                              QStringLiteral("--json"), QStringLiteral("--today"),
                              QStringLiteral("2026-12-01")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QStringList rows;
        for (const QJsonValue &v : r.json().array()) {
            const QJsonObject s = v.toObject();
            QCOMPARE(s.size(), 5);
            rows << QStringLiteral("%1 %2/%3/%4/%5")
                        .arg(s.value(QStringLiteral("publisher")).toString())
                        .arg(s.value(QStringLiteral("predictions")).toInt())
                        .arg(s.value(QStringLiteral("hit")).toInt())
                        .arg(s.value(QStringLiteral("missed")).toInt())
                        .arg(s.value(QStringLiteral("pending")).toInt());
        }
        QCOMPARE(rows, (QStringList{"Moneycontrol 1/0/0/1", "Unnamed entertainment blog 3/0/3/0",
                                    "Unnamed entertainment news site 1/0/1/0"}));

        r = runCli({QStringLiteral("--db"), db(), QStringLiteral("sources"),
                    QStringLiteral("--today"), QStringLiteral("2026-12-01")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
        QVERIFY2(lines.value(0).simplified() ==
                     QLatin1String("publisher predictions hit missed pending"),
                 r.out.constData());
        QCOMPARE(lines.value(2).simplified(), QStringLiteral("Unnamed entertainment blog 3 0 3 0"));
        // Each count ends where its header ends.
        const qsizetype predictionsEnd = lines.value(0).indexOf(QLatin1String("predictions")) +
                                         QStringLiteral("predictions").size() - 1;
        QCOMPARE(lines.value(2).at(predictionsEnd), QLatin1Char('3'));
        QCOMPARE(lines.value(2).at(predictionsEnd - 1), QLatin1Char(' '));
    }

    void globalOptionsAfterTheCommandAndAliases()
    {
        const CliResult r = runCli({QStringLiteral("show"), QStringLiteral("jigeum uri hakgyoneun"),
                                    QStringLiteral("--json"), QStringLiteral("--db"), db()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("title")).toString(),
                 QStringLiteral("All of Us Are Dead"));
    }

    // --json is for scripts: the same bytes in every language.
    void jsonIsTheSameInEveryLanguage_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("show") << QStringList{QStringLiteral("show"),
                                             QStringLiteral("All of Us Are Dead")};
        QTest::newRow("claims") << QStringList{QStringLiteral("claims")};
        QTest::newRow("outlook") << QStringList{QStringLiteral("outlook"),
                                                QStringLiteral("All of Us Are Dead")};
        QTest::newRow("feeds") << QStringList{QStringLiteral("feeds"), QStringLiteral("list")};
    }

    void jsonIsTheSameInEveryLanguage()
    {
        QFETCH(QStringList, command);
        const QStringList base = QStringList{QStringLiteral("--db"), db()} + command +
                                 QStringList{QStringLiteral("--json")};
        const CliResult neutral = runCli(base);
        QCOMPARE(neutral.exitCode, 0);
        QVERIFY(!neutral.out.isEmpty());
        for (const char *code : {"ko", "es"}) {
            const CliResult spoken =
                runCli(QStringList{QStringLiteral("--lang"), QString::fromLatin1(code)} + base);
            QCOMPARE(spoken.exitCode, 0);
            QCOMPARE(spoken.out, neutral.out);
        }
    }

    // Text output and --help speak the chosen language; its window labels too.
    void textAndHelpFollowTheLanguage()
    {
        const CliResult help =
            runCli({QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(QString::fromUtf8(help.out).contains(
                     QStringLiteral("기본 위치 대신 PATH의 데이터베이스")),
                 help.out.constData());
        const CliResult show =
            runCli({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--db"), db(),
                    QStringLiteral("show"), QStringLiteral("All of Us Are Dead")});
        QCOMPARE(show.exitCode, 0);
        const QString text = QString::fromUtf8(show.out);
        QVERIFY2(text.contains(QStringLiteral("Temporada 1: Estrenada")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("28 de enero de 2022")), qPrintable(text));

        // A claim's kind and a source's tier are labels too, not the stored words.
        const CliResult claims = runCli({QStringLiteral("--lang"), QStringLiteral("es"),
                                         QStringLiteral("--db"), db(), QStringLiteral("claims"),
                                         QStringLiteral("--kind"), QStringLiteral("release_window"),
                                         QStringLiteral("--season"), QStringLiteral("2")});
        QCOMPARE(claims.exitCode, 0);
        const QString lines = QString::fromUtf8(claims.out);
        QVERIFY2(lines.contains(QStringLiteral("  Estreno  ")), qPrintable(lines));
        QVERIFY2(!lines.contains(QStringLiteral("release_window")), qPrintable(lines));
        const CliResult outlook =
            runCli({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--db"), db(),
                    QStringLiteral("outlook"), QStringLiteral("All of Us Are Dead")});
        QCOMPARE(outlook.exitCode, 0);
        const QString best = QString::fromUtf8(outlook.out);
        QVERIFY2(best.contains(QStringLiteral(", prensa)")), qPrintable(best));
        QVERIFY2(!best.contains(QStringLiteral(", reported)")), qPrintable(best));
    }

    void anUnknownLanguageIsAUsageError()
    {
        const CliResult r =
            runCli({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("shows")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--lang wants en, ko or es"), r.err.constData());
    }

    void claimsFilteredAsJson()
    {
        const CliResult r = runCli(
            {QStringLiteral("--db"), db(), QStringLiteral("claims"), QStringLiteral("--show"),
             QStringLiteral("all of us are dead"), QStringLiteral("--season"), QStringLiteral("2"),
             QStringLiteral("--kind"), QStringLiteral("release_window"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray claims = r.json().array();
        QCOMPARE(claims.size(), 5);
        for (const QJsonValue &v : claims) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("release_window"));
            QCOMPARE(c.value(QStringLiteral("season")).toInt(), 2);
            QCOMPARE(c.value(QStringLiteral("show")).toString(),
                     QStringLiteral("All of Us Are Dead"));
            for (const char *field : {"id", "value", "earliest", "latest", "precision", "label",
                                      "tier", "status", "quote", "source", "capturedAt"})
                QVERIFY2(c.contains(QLatin1String(field)), field);
            const QJsonObject source = c.value(QStringLiteral("source")).toObject();
            for (const char *field : {"title", "publisher", "url", "published"})
                QVERIFY2(source.contains(QLatin1String(field)), field);
        }

        const CliResult cast =
            runCli({QStringLiteral("--db"), db(), QStringLiteral("claims"),
                    QStringLiteral("--kind"), QStringLiteral("cast"), QStringLiteral("--json")});
        QCOMPARE(cast.exitCode, 0);
        const QJsonObject value =
            cast.json().array().first().toObject().value(QStringLiteral("value")).toObject();
        QVERIFY(value.contains(QStringLiteral("actor")));
        QVERIFY(value.contains(QStringLiteral("character")));

        const CliResult count = runCli({QStringLiteral("--db"), db(), QStringLiteral("claims"),
                                        QStringLiteral("--kind"), QStringLiteral("episode_count"),
                                        QStringLiteral("--json")});
        QCOMPARE(count.json().array().first().toObject().value(QStringLiteral("value")).toInt(),
                 12);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("missing title")
            << QStringList{QStringLiteral("show")} << QStringLiteral("needs more arguments");
        QTest::newRow("extra argument")
            << QStringList{QStringLiteral("shows"), QStringLiteral("extra")}
            << QStringLiteral("too many arguments");
        QTest::newRow("bad season")
            << QStringList{QStringLiteral("claims"), QStringLiteral("--season"),
                           QStringLiteral("two")}
            << QStringLiteral("--season");
        QTest::newRow("bad kind") << QStringList{QStringLiteral("claims"), QStringLiteral("--kind"),
                                                 QStringLiteral("gossip")}
                                  << QStringLiteral("--kind");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("shows"), QStringLiteral("--colour")}
            << QStringLiteral("colour");
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("shows"), QStringLiteral("--kind"),
                           QStringLiteral("cast")}
            << QStringLiteral("does not apply");
        QTest::newRow("bad today")
            << QStringList{QStringLiteral("sources"), QStringLiteral("--today"),
                           QStringLiteral("2026-13-01")}
            << QStringLiteral("--today needs a date");
        QTest::newRow("today of another command")
            << QStringList{QStringLiteral("claims"), QStringLiteral("--today"),
                           QStringLiteral("2026-12-01")}
            << QStringLiteral("does not apply");
        QTest::newRow("missing option value")
            << QStringList{QStringLiteral("shows"), QStringLiteral("--db")} << QStringLiteral("db");
        // Without a command this would open the window; a dangling option is reported instead.
        QTest::newRow("dangling option")
            << QStringList{QStringLiteral("--db")} << QStringLiteral("db");
        QTest::newRow("unknown option alone")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult r = runCli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void badValuesAreUsageErrorsWhateverTheDatabase()
    {
        // A database a newer Cliffhanger wrote is refused (exit 1) - but a typo in a value is
        // the user's to fix first, and is reported as such without touching the file.
        const QString newer = m_dir->filePath(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QFile before(newer);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        for (const QStringList &bad :
             {QStringList{QStringLiteral("claims"), QStringLiteral("--season"),
                          QStringLiteral("two")},
              QStringList{QStringLiteral("claims"), QStringLiteral("--kind"),
                          QStringLiteral("gossip")}}) {
            const CliResult r = runCli(QStringList{QStringLiteral("--db"), newer} + bad);
            QCOMPARE(r.exitCode, 2);
        }
        QCOMPARE(runCli({QStringLiteral("--db"), newer, QStringLiteral("shows")}).exitCode, 1);
        QFile after(newer);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    // One rule for every command that takes a show's title: an unknown title is a usage error
    // (exit 2), as the watchlist commands always had it, and the message names it.
    void unknownShowIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("command");
        const QString title = QStringLiteral("Squid Game");
        QTest::newRow("show") << QStringList{QStringLiteral("show"), title};
        QTest::newRow("outlook") << QStringList{QStringLiteral("outlook"), title};
        QTest::newRow("claims --show")
            << QStringList{QStringLiteral("claims"), QStringLiteral("--show"), title};
        QTest::newRow("articles --show")
            << QStringList{QStringLiteral("articles"), QStringLiteral("--show"), title};
        QTest::newRow("watch add")
            << QStringList{QStringLiteral("watch"), QStringLiteral("add"), title};
        QTest::newRow("reminders --show")
            << QStringList{QStringLiteral("reminders"), QStringLiteral("--show"), title};
    }

    void unknownShowIsAUsageError()
    {
        QFETCH(QStringList, command);
        const CliResult r = runCli(QStringList{QStringLiteral("--db"), db()} + command);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no show called 'Squid Game'"), r.err.constData());
    }

    void refusesANonDatabaseAndLeavesIt()
    {
        const QString path = m_dir->filePath(QStringLiteral("photo.jpg"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const CliResult r = runCli({QStringLiteral("--db"), path, QStringLiteral("shows")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not an SQLite"));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(4096, 'x'));
    }

    void noDefaultDataLeavesTheLedgerEmpty()
    {
        const QString path = m_dir->filePath(QStringLiteral("empty.sqlite"));
        const CliResult r =
            runCli({QStringLiteral("--db"), path, QStringLiteral("--no-default-data"),
                    QStringLiteral("shows"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().isArray());
        QCOMPARE(r.json().array().size(), 0);
        const CliResult again = runCli(
            {QStringLiteral("--db"), path, QStringLiteral("shows"), QStringLiteral("--json")});
        QCOMPARE(again.json().array().size(), 1);
    }

    void textOutputIsReadable()
    {
        const CliResult r =
            runCli({QStringLiteral("--db"), db(), QStringLiteral("show"), QStringLiteral("AOUAD")});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(QStringLiteral("All of Us Are Dead")));
        QVERIFY(text.contains(QStringLiteral("Season 2")));
        QVERIFY(text.contains(QStringLiteral("Park Ji-hu as Nam On-jo")));

        const CliResult claims = runCli({QStringLiteral("--db"), db(), QStringLiteral("claims"),
                                         QStringLiteral("--kind"), QStringLiteral("release_window"),
                                         QStringLiteral("--season"), QStringLiteral("2")});
        QCOMPARE(claims.exitCode, 0);
        QVERIFY2(claims.err.isEmpty(), claims.err.constData());
        const QString lines = QString::fromUtf8(claims.out);
        QVERIFY2(lines.contains(QStringLiteral(
                     "late 2026 – early 2027  [reported, open]  All of Us Are Dead season 2: "
                     "filming under way")),
                 qPrintable(lines));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
