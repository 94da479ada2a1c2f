// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ContactImporter.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListView;
class QPushButton;

namespace Rapport {

class ContactStore;
class PossibleDuplicatesModel;

// The possible duplicates an import flagged, beside the main window (not modal) once the import is
// done: each pair is merged (the Merge Contacts dialog, one step on the undo stack) or kept as two
// people. A pair leaves the list while one of its contacts is gone (merged, deleted, its import
// undone) and comes back when an undo brings it back; Keep Both takes it off the list.
class PossibleDuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    PossibleDuplicatesDialog(ContactStore* store, const QList<PossibleDuplicatePair>& pairs, const QString& fileName,
        QWidget* parent = nullptr);

    // Asks to merge the pair at this index of the import's pairs, if it is still listed.
    void mergePair(int index);
    // The pairs still listed, as indexes into the import's pairs, in list order.
    QList<int> listedPairs() const;
    // A pair as both lists show it: "New: Sam (line 7) — already here: Sam · other e-mails or phones".
    static QString describe(const PossibleDuplicatePair& pair);
    // Back to the list, after a merge dialog opened from it.
    void takeFocus();

signals:
    // Open Merge Contacts… for these two.
    void mergeRequested(qint64 addedId, qint64 otherId);
    // The user moved to a pair: the window may show its new contact.
    void pairChosen(qint64 addedId, qint64 otherId);

private:
    void scheduleRefresh();
    void refresh();
    void mergeCurrent();
    void keepCurrentApart();
    void updateButtons();
    int currentPair() const;

    QPointer<ContactStore> m_store;
    QList<PossibleDuplicatePair> m_pairs;
    PossibleDuplicatesModel* m_model;
    QString m_introText;
    QLabel* m_intro;
    QListView* m_list;
    QPushButton* m_merge;
    QPushButton* m_keepBoth;
    bool m_refreshPending = false;
    bool m_refreshing = false; // the rows a refresh moves are not the user's choice of pair
};

} // namespace Rapport
