#include "knowledge/expirydialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ExpiryDialog::ExpiryDialog(const QDateTime &current, const QDateTime &now, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_zone(zone)
{
    setObjectName(u"expiryDialog"_s);
    setWindowTitle(tr("Expire the memory"));
    auto *v = new QVBoxLayout(this);
    const QDateTime shown = (current.isValid() ? current : now.addDays(30)).toTimeZone(zone);
    // The edit holds the business's wall-clock time (Qt 6.4's QDateTimeEdit knows no time zones).
    m_when = new QDateTimeEdit(QDateTime(shown.date(), shown.time()), this);
    m_when->setObjectName(u"expiryEdit"_s);
    m_when->setAccessibleName(tr("Expires at"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(u"d MMM yyyy HH:mm"_s);
    v->addWidget(
        new QLabel(tr("The Office Manager stops reading it after (%1 time):").arg(QString::fromUtf8(zone.id())), this));
    v->addWidget(m_when);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
}

QDateTime ExpiryDialog::expiresAt() const
{
    return QDateTime(m_when->date(), m_when->time(), m_zone).toUTC();
}
