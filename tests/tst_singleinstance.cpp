// One window per database: real processes of the app, offscreen. A second launch on the same
// database hands its --show to the running window and exits 0; the first says (in its
// cliffhanger.instance log) that it was activated and opened the show. Every wait is for a
// line a process prints or for a process to end, never for time to pass.
#include "shell/singleinstance.h"
#include "support/cliprocess.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kShow = QStringLiteral("All of Us Are Dead");
constexpr int kBoundMs = 60000; // how long a step may take before the test gives up

// A window process whose stderr is collected, to wait for its log lines.
class Window {
public:
    explicit Window(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("cliffhanger.instance.info=true"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(CLIFFHANGER_BINARY), arguments);
    }
    ~Window()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // Reads output until a line contains `text`; false if the process ends or the bound passes.
    bool waitForLine(const QString &text)
    {
        QDeadlineTimer bound(kBoundMs);
        while (!m_output.contains(text.toUtf8())) {
            if (m_process.state() == QProcess::NotRunning || bound.hasExpired())
                return false;
            m_process.waitForReadyRead(100);
            m_output += m_process.readAll();
        }
        return true;
    }
    void crash()
    {
        m_process.kill(); // SIGKILL: no destructor runs, the socket file stays
        m_process.waitForFinished();
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    QByteArray output() const { return m_output; }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QStringList windowArgs(const QString &database) const
    {
        return {QStringLiteral("--db"), database};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Sockets in a folder of this test's own, for the test and the processes it starts.
        qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8());
    }

    void secondLaunchHandsOverItsShow()
    {
        const QString database = db("handover.sqlite");
        Window first(windowArgs(database));
        QVERIFY2(first.waitForLine(QStringLiteral("listening on")), first.output());

        const CliResult second =
            runProgram(QStringLiteral(CLIFFHANGER_BINARY),
                       windowArgs(database) << QStringLiteral("--show") << kShow);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains("already open on this database"), second.err);
        QVERIFY2(!second.err.contains("listening on"), second.err);

        QVERIFY2(first.waitForLine(QStringLiteral("activated by a later launch, show: ") + kShow),
                 first.output());
        QVERIFY2(first.waitForLine(QStringLiteral("opened the show ") + kShow), first.output());
        QVERIFY(first.running());
    }

    void launchWithoutShowRaisesOnly()
    {
        const QString database = db("raise.sqlite");
        Window first(windowArgs(database));
        QVERIFY2(first.waitForLine(QStringLiteral("listening on")), first.output());
        const CliResult second =
            runProgram(QStringLiteral(CLIFFHANGER_BINARY), windowArgs(database));
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(first.waitForLine(QStringLiteral("activated by a later launch, show: (none)")),
                 first.output());
    }

    void unknownShowLeavesTheWindowRunning()
    {
        const QString database = db("unknown.sqlite");
        Window first(windowArgs(database));
        QVERIFY2(first.waitForLine(QStringLiteral("listening on")), first.output());
        const CliResult second = runProgram(QStringLiteral(CLIFFHANGER_BINARY),
                                            windowArgs(database) << QStringLiteral("--show")
                                                                 << QStringLiteral("No Such Show"));
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(first.waitForLine(QStringLiteral("no show called No Such Show")), first.output());
        QVERIFY(first.running());
    }

    void anotherDatabaseRunsSideBySide()
    {
        Window first(windowArgs(db("a.sqlite")));
        QVERIFY2(first.waitForLine(QStringLiteral("listening on")), first.output());
        Window other(windowArgs(db("b.sqlite")));
        // It becomes the window of its own database instead of handing over.
        QVERIFY2(other.waitForLine(QStringLiteral("listening on ") +
                                   SingleInstance::serverName(db("b.sqlite"))),
                 other.output());
        QVERIFY(first.running());
        QVERIFY(!first.output().contains("activated"));
        QVERIFY(SingleInstance::serverName(db("a.sqlite")) !=
                SingleInstance::serverName(db("b.sqlite")));
    }

    void crashedWindowsSocketIsTakenOver()
    {
        const QString database = db("crash.sqlite");
        const QString socket = SingleInstance::serverName(database);
        {
            Window crashed(windowArgs(database));
            QVERIFY2(crashed.waitForLine(QStringLiteral("listening on")), crashed.output());
            crashed.crash();
        }
        QVERIFY2(QFileInfo::exists(socket), qPrintable(socket)); // left behind
        Window next(windowArgs(database));
        QVERIFY2(next.waitForLine(QStringLiteral("listening on ") + socket), next.output());
        const CliResult later =
            runProgram(QStringLiteral(CLIFFHANGER_BINARY),
                       windowArgs(database) << QStringLiteral("--show") << kShow);
        QCOMPARE(later.exitCode, 0);
        QVERIFY2(next.waitForLine(QStringLiteral("activated by a later launch, show: ") + kShow),
                 next.output());
    }

    void samePathSpelledDifferentlyIsOneDatabase()
    {
        const QString plain = db("same.sqlite");
        const QString dotted = m_dir.path() + QStringLiteral("/./sub/../same.sqlite");
        QCOMPARE(SingleInstance::serverName(dotted), SingleInstance::serverName(plain));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
