#include "shell/windowcapture.h"

#include "shell/appcomposition.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTimer>
#include <cstdio>

namespace {

// The show page's tabs, in the order of ShowPage.qml's tab bar.
const char *const kShowTabs[] = {"overview", "cast", "episodes", "claims", "news"};

int showTabIndex(const QString &page)
{
    for (int i = 0; i < int(std::size(kShowTabs)); ++i)
        if (page == QLatin1String(kShowTabs[i]))
            return i;
    return -1;
}

} // namespace

QStringList CaptureRequest::pages()
{
    return {QStringLiteral("home"), QStringLiteral("library"),  QStringLiteral("show"),
            QStringLiteral("cast"), QStringLiteral("episodes"), QStringLiteral("claims"),
            QStringLiteral("news"), QStringLiteral("feeds"),    QStringLiteral("settings")};
}

bool CaptureRequest::parseSize(const QString &text, QSize *size)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return false;
    const int w = m.captured(1).toInt();
    const int h = m.captured(2).toInt();
    if (w < 320 || h < 240 || w > 7680 || h > 4320)
        return false;
    *size = QSize(w, h);
    return true;
}

QString CaptureRequest::problem() const
{
    if (!page.isEmpty() && !pages().contains(page))
        return QCoreApplication::translate("WindowCapture", "unknown page \"%1\" (use one of: %2)")
            .arg(page, pages().join(QLatin1String(", ")));
    return QString();
}

WindowCapture::WindowCapture(AppComposition *composition, QQuickWindow *window,
                             CaptureRequest request, QElapsedTimer sinceMain, QObject *parent)
    : QObject(parent), m_composition(composition), m_window(window), m_request(std::move(request)),
      m_sinceMain(sinceMain)
{
}

void WindowCapture::start()
{
    if (m_request.quitAfterFirstFrame) {
        afterNextFrame([this] {
            printElapsed("first frame");
            if (!m_request.file.isEmpty())
                return;
            // Then the first frame with the page in it (before the data, which follows on the
            // page reader's thread).
            whenPagesAreMade([this] {
                afterNextFrame([this] {
                    printElapsed("page frame");
                    finish(0, QString());
                });
            });
        });
    }
    if (m_request.file.isEmpty())
        return;
    // The page is rendered from the data, so wait until the database is open (or failed: the
    // error page is what the user would see, and is captured as such).
    connect(m_composition, &AppComposition::readyChanged, this, &WindowCapture::onDataReady);
    connect(m_composition, &AppComposition::errorTextChanged, this, &WindowCapture::onDataReady);
    if (m_composition->isReady() || !m_composition->errorText().isEmpty())
        onDataReady();
}

void WindowCapture::onDataReady()
{
    if (m_applied)
        return;
    m_applied = true;
    // The window's first page may not be made yet: the page asked for follows it.
    whenPagesAreMade([this] { applyPage(); });
}

void WindowCapture::whenPagesAreMade(const std::function<void()> &then)
{
    // Pages are made from just after the window's first frame (Main.qml's firstFrameShown),
    // and at once from then on.
    if (m_window->property("firstFrameShown").toBool()) {
        then();
        return;
    }
    m_whenSettled.push_back(then);
    if (m_whenSettled.size() == 1)
        connect(m_window, SIGNAL(firstFrameShownChanged()), this, SLOT(onFirstFrameShown()));
}

void WindowCapture::onFirstFrameShown()
{
    disconnect(m_window, SIGNAL(firstFrameShownChanged()), this, SLOT(onFirstFrameShown()));
    const std::vector<std::function<void()>> pending = std::move(m_whenSettled);
    m_whenSettled.clear();
    for (const auto &then : pending)
        then();
}

void WindowCapture::applyPage()
{
    if (m_composition->isReady()) {
        if (!m_request.show.isEmpty() && !m_composition->openShowNamed(m_request.show)) {
            finish(1, QCoreApplication::translate("WindowCapture", "no show called \"%1\"")
                          .arg(m_request.show));
            return;
        }
        const QString page = m_request.page.isEmpty() ? QStringLiteral("home") : m_request.page;
        const int tab = showTabIndex(page);
        m_window->setProperty("currentPage", tab >= 0 ? QStringLiteral("show") : page);
        if (tab >= 0) {
            QObject *loader = m_window->findChild<QObject *>(QStringLiteral("pageLoader"));
            QObject *showPage = loader ? loader->property("item").value<QObject *>() : nullptr;
            if (!showPage) {
                finish(1,
                       QCoreApplication::translate("WindowCapture", "the show page did not load"));
                return;
            }
            showPage->setProperty("currentTab", tab);
        }
    }
    grabNextFrame();
}

void WindowCapture::grabNextFrame()
{
    // The next frame holds everything set above (layouts are polished before it is drawn).
    afterNextFrame([this] {
        const QImage image = m_window->grabWindow();
        if (image.isNull() || !image.save(m_request.file, "PNG")) {
            finish(1, QCoreApplication::translate("WindowCapture", "cannot write %1")
                          .arg(m_request.file));
            return;
        }
        finish(0, QString());
    });
}

void WindowCapture::afterNextFrame(const std::function<void()> &then)
{
    // The time is taken as the frame is swapped (on the render thread where there is one), then
    // the rest runs on the GUI thread after whatever else the frame set off there (the first
    // page is made just after the first frame): the figure is the frame's, not the page's.
    connect(
        m_window, &QQuickWindow::frameSwapped, this,
        [this, then] {
            const qint64 at = m_sinceMain.elapsed();
            QMetaObject::invokeMethod(
                this,
                [this, then, at] {
                    m_frameAt = at;
                    then();
                },
                Qt::QueuedConnection);
        },
        Qt::ConnectionType(Qt::DirectConnection | Qt::SingleShotConnection));
    m_window->update();
}

void WindowCapture::printElapsed(const char *what) const
{
    std::printf("%s: %lld ms\n", what, static_cast<long long>(m_frameAt));
    std::fflush(stdout);
}

void WindowCapture::finish(int exitCode, const QString &message)
{
    if (!message.isEmpty())
        std::fprintf(stderr, "cliffhanger: %s\n", qPrintable(message));
    // Queued, so the frame being delivered finishes before the loop ends.
    QTimer::singleShot(0, QCoreApplication::instance(),
                       [exitCode] { QCoreApplication::exit(exitCode); });
}
