#pragma once

#include "domain/uilanguage.h"

#include <QObject>
#include <QString>
#include <QVariantList>

// The window's language: the user's choice in Settings (kept in QSettings: system, en, ko, es),
// else the system's; `--lang` overrides it for one run. Choosing another installs its
// catalogues at once; `changed` tells the composition to retranslate the QML and reload the
// models, so every label is rebuilt in the new language without a restart.
class Language : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed) // en, ko or es: what is spoken now
    Q_PROPERTY(QVariantList choices READ choices CONSTANT)

public:
    explicit Language(QObject *parent = nullptr);

    QString choice() const { return m_choice; }
    void setChoice(const QString &choice);
    // For this run only (the --lang option), not saved.
    void overrideChoice(const QString &choice);
    QString code() const { return m_translations.code(); }
    // {choice, label}: "System" in the current language, each language in its own.
    QVariantList choices() const;

    static bool isChoice(const QString &text);

signals:
    void changed();

private:
    void apply(const QString &choice);

    QString m_choice = QStringLiteral("system");
    Translations m_translations;
};
