// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PossibleDuplicatesDialog.h"

#include "ContactStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace Rapport {

namespace {

constexpr int kPairRole = Qt::UserRole;

} // namespace

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

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("duplicatePairsList"));
    m_list->setAccessibleName(tr("Possible duplicates"));
    m_list->setUniformItemSizes(true);
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
    connect(m_list, &QListWidget::itemDoubleClicked, this, &PossibleDuplicatesDialog::mergeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        if (const int index = currentPair(); index >= 0)
            emit pairChosen(m_pairs.at(index).addedId, m_pairs.at(index).otherId);
    });
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
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kPairRole).toInt() == index) {
            m_list->setCurrentRow(row);
            mergeCurrent();
            return;
        }
    }
}

QList<int> PossibleDuplicatesDialog::listedPairs() const
{
    QList<int> listed;
    for (int row = 0; row < m_list->count(); ++row)
        listed.append(m_list->item(row)->data(kPairRole).toInt());
    return listed;
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
    const int current = currentPair();
    const int currentRow = m_list->currentRow();
    const QSignalBlocker quiet(m_list); // the window's selection stays where a merge put it
    m_list->clear();
    int rowOfCurrent = -1;
    for (int index = 0; index < m_pairs.size(); ++index) {
        const PossibleDuplicatePair& pair = m_pairs.at(index);
        if (m_keptApart.contains(index) || pair.addedId == pair.otherId || !existing.contains(pair.addedId)
            || !existing.contains(pair.otherId))
            continue;
        auto* item = new QListWidgetItem(describe(pair), m_list);
        item->setData(kPairRole, index);
        if (index == current)
            rowOfCurrent = m_list->count() - 1;
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(rowOfCurrent >= 0 ? rowOfCurrent : qBound(0, currentRow, m_list->count() - 1));
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
    m_keptApart.insert(index);
    delete m_list->takeItem(m_list->currentRow()); // the next pair becomes current
    updateButtons();
}

void PossibleDuplicatesDialog::updateButtons()
{
    const bool any = currentPair() >= 0;
    m_merge->setEnabled(any);
    m_keepBoth->setEnabled(any);
    m_intro->setText(m_list->count() > 0 ? m_introText : tr("No possible duplicates are left to review."));
}

int PossibleDuplicatesDialog::currentPair() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kPairRole).toInt() : -1;
}

QString PossibleDuplicatesDialog::describe(const PossibleDuplicatePair& pair)
{
    const auto name = [](const QString& text) { return text.isEmpty() ? tr("(no name)") : text; };
    const QString added = name(pair.addedName);
    const QString other = name(pair.otherName);
    if (pair.otherFromThisImport)
        return pair.line > 0 ? tr("New: %1 (line %2) — also new from this file: %3 · %4")
                                   .arg(added, QString::number(pair.line), other, pair.reason)
                             : tr("New: %1 — also new from this file: %2 · %3").arg(added, other, pair.reason);
    return pair.line > 0
        ? tr("New: %1 (line %2) — already here: %3 · %4").arg(added, QString::number(pair.line), other, pair.reason)
        : tr("New: %1 — already here: %2 · %3").arg(added, other, pair.reason);
}

} // namespace Rapport
