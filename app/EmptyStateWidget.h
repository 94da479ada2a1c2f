#pragma once

#include <QWidget>

namespace Rapport {

// What an empty network shows instead of an empty table: what Rapport is for and the
// three ways to begin.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);

signals:
    void importRequested();
    void demoRequested();
    void newContactRequested();
};

} // namespace Rapport
