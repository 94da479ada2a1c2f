// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PossibleDuplicatesDialog.h"

#include "ContactStore.h"
#include "PossibleDuplicatesModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Rapport {

PossibleDuplicatesDialog::PossibleDuplicatesDialog(
    ContactStore* store, const QList<PossibleDuplicatePair>& pairs, const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_pairs(pairs)
{
    setObjectName(QStringLiteral("possibleDuplicatesDialog"));
    setWindowTitle(tr("Possible Duplicates"));
    m_introText = tr("These contacts from %1 have the name of someone else in your network, but other details "
                     "differ, so they were kept apart. Merge the ones who are the same person; keep both where they "
                     "are two people. You can undo a merge with Edit ▸ Undo.")
                      .arg(fileName);
    m_intro = new QLabel(m_introText, this);
    m_intro->setTextFormat(Qt::PlainText); // the file name is the user's
    m_intro->setWordWrap(true);

    m_model = new PossibleDuplicatesModel(this);
    m_model->setPairs(pairs);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("duplicatePairsList"));
    m_list->setAccessibleName(tr("Possible duplicates"));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setModel(m_model);
    auto* listLabel = new QLabel(tr("&Pairs to review:"), this);
    listLabel->setBuddy(m_list);

    m_merge = new QPushButton(tr("&Merge…"), this);
    m_merge->setObjectName(QStringLiteral("mergePairButton"));
    m_merge->setToolTip(tr("Compare the two side by side and make them one contact"));
    m_merge->setDefault(true); // Enter in the list merges the pair it is on
    m_keepBoth = new QPushButton(tr("&Keep Both"), this);
    m_keepBoth->setObjectName(QStringLiteral("keepBothButton"));
    m_keepBoth->setToolTip(tr("They are two people: take the pair off this list"));
    m_keepBoth->setAutoDefault(false);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_merge);
    buttons->addWidget(m_keepBoth);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 22);

    connect(m_merge, &QPushButton::clicked, this, &PossibleDuplicatesDialog::mergeCurrent);
    connect(m_keepBoth, &QPushButton::clicked, this, &PossibleDuplicatesDialog::keepCurrentApart);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListView::doubleClicked, this, &PossibleDuplicatesDialog::mergeCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        if (m_refreshing)
            return; // the window's selection stays where a merge put it
        if (const int index = currentPair(); index >= 0)
            emit pairChosen(m_pairs.at(index).addedId, m_pairs.at(index).otherId);
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PossibleDuplicatesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PossibleDuplicatesDialog::updateButtons);
    if (m_store) {
        // A merge removes one of the two, its undo brings it back; an undone import takes the new ones.
        connect(m_store, &ContactStore::contactAdded, this, &PossibleDuplicatesDialog::scheduleRefresh);
        connect(m_store, &ContactStore::contactRemoved, this, &PossibleDuplicatesDialog::scheduleRefresh);
        connect(m_store, &ContactStore::contactsReset, this, &PossibleDuplicatesDialog::scheduleRefresh);
    }
    refresh();
    m_list->setFocus();
}

void PossibleDuplicatesDialog::mergePair(int index)
{
    if (const int row = m_model->rowOfPair(index); row >= 0) {
        m_list->setCurrentIndex(m_model->index(row));
        mergeCurrent();
    }
}

QList<int> PossibleDuplicatesDialog::listedPairs() const
{
    return m_model->listedPairs();
}

void PossibleDuplicatesDialog::takeFocus()
{
    raise();
    activateWindow();
    m_list->setFocus();
}

void PossibleDuplicatesDialog::scheduleRefresh()
{
    // A batch of removals (a delete of many) signals once per contact: one read afterwards does for all.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &PossibleDuplicatesDialog::refresh);
}

void PossibleDuplicatesDialog::refresh()
{
    m_refreshPending = false;
    QList<qint64> ids;
    ids.reserve(m_pairs.size() * 2);
    for (const PossibleDuplicatePair& pair : std::as_const(m_pairs))
        ids << pair.addedId << pair.otherId;
    const QSet<qint64> existing = m_store ? m_store->existing(ids) : QSet<qint64>();
    const int currentRow = m_list->currentIndex().row();
    m_refreshing = true;
    m_model->showExisting(existing); // the current pair stays current while listed
    const int rows = m_model->rowCount();
    if (rows > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(qBound(0, currentRow, rows - 1)));
    m_refreshing = false;
    updateButtons();
}

void PossibleDuplicatesDialog::mergeCurrent()
{
    if (const int index = currentPair(); index >= 0)
        emit mergeRequested(m_pairs.at(index).addedId, m_pairs.at(index).otherId);
}

void PossibleDuplicatesDialog::keepCurrentApart()
{
    const int index = currentPair();
    if (index < 0)
        return;
    m_model->keepApart(m_list->currentIndex().row()); // the next pair becomes current
    updateButtons();
}

void PossibleDuplicatesDialog::updateButtons()
{
    const bool any = currentPair() >= 0;
    m_merge->setEnabled(any);
    m_keepBoth->setEnabled(any);
    m_intro->setText(m_model->rowCount() > 0 ? m_introText : tr("No possible duplicates are left to review."));
}

int PossibleDuplicatesDialog::currentPair() const
{
    return m_model->pairAt(m_list->currentIndex().row());
}

QString PossibleDuplicatesDialog::describe(const PossibleDuplicatePair& pair)
{
    return PossibleDuplicatesModel::describe(pair);
}

} // namespace Rapport
