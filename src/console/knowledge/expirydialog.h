#pragma once

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

class QDateTimeEdit;

// When the Office Manager stops reading a memory, picked in the business's time zone.
class ExpiryDialog : public QDialog
{
    Q_OBJECT

public:
    // `current`: the memory's expiry (UTC), or invalid for none — then `now` plus 30 days is offered.
    ExpiryDialog(const QDateTime &current, const QDateTime &now, const QTimeZone &zone, QWidget *parent = nullptr);

    QDateTime expiresAt() const; // UTC

private:
    QTimeZone m_zone;
    QDateTimeEdit *m_when = nullptr;
};
