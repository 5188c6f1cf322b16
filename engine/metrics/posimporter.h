#pragma once

#include "metrics/keymatcher.h"
#include "metrics/tableimporter.h"

#include <vector>

// POS sales into mentats_pos_sales: one transaction per row, or a person's (or location's) totals for a day. Dates
// are read in the business's time zone (a date without a time is midnight of that business day). Employees are
// matched to TeamTime users by name, email or POS id (mentats_pos_employees) and locations by name or id; a cell
// that matches nobody, or more than one, makes the row bad — never a guess. Every row gets a key made from its
// normalised content and how many identical rows came before it in the file, so two identical transactions in one
// file both count while importing the file (or an overlapping export) again adds nothing.
class PosImporter final : public TableImporter
{
public:
    PosImporter(SqlSession &session, ImportMapping mapping, BusinessCalendar calendar);

    void parse(const CsvTable &table, ImportReport &report, const std::function<void(int)> &progress) override;
    void write(const QString &importId, ImportReport &report, const std::function<void(int)> &progress) override;

private:
    struct Sale
    {
        QString rowKey;
        QDateTime soldAt;
        QString userId;
        QString locationId;
        QString transactionRef;
        int transactions = 1;
        QString amount;
        QVariant items;
        int refunds = 0;
        QVariant customers;
        QVariant durationSeconds;
        QVariant tillVariance;
        int complaints = 0;
    };

    void loadMatchers();
    QString normalisedContent(const Sale &sale) const;

    KeyMatcher m_employees;
    KeyMatcher m_locations;
    std::vector<Sale> m_sales;
};
