#pragma once

#include "ContactImporter.h"

#include <QObject>
#include <QSet>

class QWidget;

namespace Rapport {

class NetworkSession;

// Everything that brings contacts in from files, for the main window: File ▸ Import…, dropped
// files, restoring a JSON backup, and File ▸ Import History. It talks back through signals, so
// the window only has to refresh itself.
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QWidget* window);

    void setSession(NetworkSession* session) { m_session = session; }

    void chooseAndImport();
    void importFile(const QString& path);
    void showHistory();

signals:
    // About to read or change the network: the window saves what the editor holds first.
    void aboutToChange();
    // Many contacts changed at once (an import, a restore, an undone import).
    void networkChanged(const QString& message);
    // The user asked to see the contacts an import brought in.
    void showContacts(const QSet<qint64>& ids, const QString& description);

private:
    void restoreBackup(const QString& path);
    ImportReport runRestore(const QString& path);

    QWidget* m_window;
    NetworkSession* m_session = nullptr;
    bool m_restoring = false; // a restore's worker is writing: no second import until it is done
};

} // namespace Rapport
