#include "shell/appcomposition.h"
#include "support/windowsession.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QObject *currentPage(QQuickWindow *window)
{
    return Session::currentPage(window);
}

bool isText(const QQuickItem *item)
{
    return qstrcmp(item->metaObject()->className(), "QQuickText") == 0;
}

// Every visible Text that is elided or wider than its item without wrapping: a translation
// that does not fit its layout. Texts that show a source's own long words (article titles,
// quotes) declare `elidesData` and may elide; nothing a translation says may.
void collectClipped(QQuickItem *item, QStringList *out)
{
    if (!item->isVisible() || item->opacity() == 0)
        return;
    if (isText(item) && !item->property("text").toString().isEmpty() &&
        !item->property("elidesData").toBool()) {
        const QString text = item->property("text").toString();
        const bool wraps = item->property("wrapMode").toInt() != 0; // Text.NoWrap
        const bool truncated = item->property("truncated").toBool();
        const bool tooWide = !wraps && item->implicitWidth() > item->width() + 1;
        if (truncated || tooWide)
            *out << QStringLiteral("“%1” (%2 > %3%4)")
                        .arg(text)
                        .arg(item->implicitWidth())
                        .arg(item->width())
                        .arg(truncated ? QStringLiteral(", truncated") : QString());
    }
    for (QQuickItem *child : item->childItems())
        collectClipped(child, out);
}

void collectTexts(QQuickItem *item, QStringList *out)
{
    if (!item->isVisible())
        return;
    const QString text = item->property("text").toString();
    if (!text.isEmpty())
        *out << text;
    for (QQuickItem *child : item->childItems())
        collectTexts(child, out);
}

QStringList sceneTexts(QQuickWindow *window)
{
    QStringList texts;
    collectTexts(window->contentItem(), &texts);
    return texts;
}

} // namespace

class I18nWindowTest : public QObject {
    Q_OBJECT

private slots:
    void pagesFitTheirTexts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("page");
        QTest::addColumn<int>("tab");
        QTest::addColumn<QString>("expected"); // a text the page shows in that language
        struct Page {
            const char *page;
            int tab;
            const char *ko;
            const char *es;
        };
        const Page pages[] = {
            {"home", -1, "공개 예정", "Próximamente"},
            {"library", -1, "보관함", "Biblioteca"},
            {"show", 0, "2026년 말 또는 2027년 초", "finales de 2026 o principios de 2027"},
            {"show", 1, "Nam On-jo 역", "como Nam On-jo"},
            {"show", 2, "시즌 1 · 12화 중 0화 시청", "Temporada 1 · 0 de 12 vistos"},
            {"show", 3, "시즌 2에 관한 주장", "Afirmaciones sobre la temporada 2"},
            {"show", 4, "뉴스", "Noticias"},
            {"feeds", -1, "피드", "Canales"},
            {"settings", -1, "언어", "Idioma"},
        };
        for (const Page &p : pages)
            for (const char *language : {"ko", "es"})
                QTest::addRow("%s: %s %d", language, p.page, p.tab)
                    << QString::fromLatin1(language) << QString::fromLatin1(p.page) << p.tab
                    << QString::fromUtf8(qstrcmp(language, "ko") == 0 ? p.ko : p.es);
    }

    void pagesFitTheirTexts()
    {
        QFETCH(QString, language);
        QFETCH(QString, page);
        QFETCH(int, tab);
        QFETCH(QString, expected);
        Session session;
        session.settings.language = language;
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000);
        session.window->setProperty("currentPage", page);
        if (tab >= 0)
            currentPage(session.window)->setProperty("currentTab", tab);
        QVERIFY(!session.window->grabWindow().isNull()); // polish and lay out the page
        const QStringList texts = sceneTexts(session.window);
        QVERIFY2(texts.contains(expected), qPrintable(texts.join(QLatin1String(" | "))));
        QStringList clipped;
        collectClipped(session.window->contentItem(), &clipped);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    }

    // Settings' language box switches the open window without a restart: qsTr texts and the
    // models' labels (the release window) both follow.
    void switchesLanguageAtRuntime()
    {
        Session session;
        session.settings.language = QStringLiteral("en");
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000);
        session.window->setProperty("currentPage", QStringLiteral("show"));
        QVERIFY(sceneTexts(session.window).contains(QStringLiteral("late 2026 – early 2027")));
        session.composition->language()->overrideChoice(QStringLiteral("ko"));
        QTRY_VERIFY(
            sceneTexts(session.window).contains(QStringLiteral("2026년 말 또는 2027년 초")));
        QVERIFY(sceneTexts(session.window).contains(QStringLiteral("개요")));
        session.composition->language()->overrideChoice(QStringLiteral("es"));
        QTRY_VERIFY(sceneTexts(session.window)
                        .contains(QStringLiteral("finales de 2026 o principios de 2027")));
        QVERIFY(sceneTexts(session.window).contains(QStringLiteral("Resumen")));
        QVERIFY(!sceneTexts(session.window).contains(QStringLiteral("개요")));
    }
};

QTEST_MAIN(I18nWindowTest)
#include "tst_i18nwindow.moc"
