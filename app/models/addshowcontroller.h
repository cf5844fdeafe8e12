#pragma once

#include "feeds/tvmaze/tvmazematch.h"
#include "models/rowlistmodel.h"

#include <QObject>

class AppWriter;
class TvMazeClient;
struct AddShowResult;

// The "Add show" dialog's side: searches TVmaze by name as the user types (answers to older
// queries are dropped), lists the matches with year, network and country, and asks the app's
// writer to add one (which creates its TVmaze feeds and syncs them). When TVmaze cannot be
// reached or asks us to wait, the message says so (and until when); the rest of the app keeps
// working offline.
class AddShowController : public QObject {
    Q_OBJECT
    Q_PROPERTY(RowListModel *results READ results CONSTANT)
    Q_PROPERTY(bool searching READ searching NOTIFY stateChanged)
    Q_PROPERTY(bool adding READ adding NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY stateChanged) // message is an error
    Q_PROPERTY(QString attribution READ attribution CONSTANT)

public:
    // Both outlive this object (the composition owns them); the writer lives on its thread.
    AddShowController(AppWriter *writer, TvMazeClient *client, QObject *parent = nullptr);

    RowListModel *results() { return &m_results; }
    bool searching() const { return m_pending != 0; }
    bool adding() const { return m_adding > 0; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }
    QString attribution() const;

    Q_INVOKABLE void search(const QString &name);
    Q_INVOKABLE void add(qint64 tvmazeId);

signals:
    void stateChanged();
    void showAdded(qint64 showId); // the library has it now (added, or already there)

private:
    void onSearchFinished(quint64 token, const QString &query, const QList<TvMazeMatch> &matches,
                          const TvMazeError &error);
    void onAdded(const AddShowResult &result);
    void setMessage(const QString &message, bool failed);

    AppWriter *m_writer;
    TvMazeClient *m_client;
    RowListModel m_results;
    quint64 m_pending = 0; // the token of the latest search, 0 when none is running
    int m_adding = 0;
    QString m_message;
    bool m_failed = false;
};
