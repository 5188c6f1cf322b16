#pragma once

#include "metrics/tableimporter.h"

#include <QUuid>
#include <vector>

// Auction figures into auction_metrics (the AI schema's auction history), one row per auction and business day, stamped
// at midnight of that day in the business's time zone. An auction named by something other than a uuid gets a stable
// uuid derived from its name (a name-based, version 5 uuid: the same name is the same auction in every file) and its
// name in mentats_auctions. Importing an (auction, day) again replaces that day's figures when they differ and leaves
// them alone when they are the same; the same (auction, day) twice in one file is a problem, not a choice.
class AuctionImporter final : public TableImporter
{
public:
    AuctionImporter(SqlSession &session, ImportMapping mapping, BusinessCalendar calendar);

    // The uuid an auction cell stands for: itself when it is a uuid, else derived from the name (trimmed, case and
    // inner spaces ignored).
    static QUuid auctionId(const QString &cell);

    void parse(const CsvTable &table, ImportReport &report, const std::function<void(int)> &progress) override;
    void write(const QString &importId, ImportReport &report, const std::function<void(int)> &progress) override;

private:
    struct Figures
    {
        QUuid auctionId;
        QString label; // empty when the file names the auction by uuid and gives no title
        QDate day;
        QVariantMap values; // column -> int or canonical decimal text, null when the file leaves it empty
    };

    std::vector<Figures> m_rows;
};
