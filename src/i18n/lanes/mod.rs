//! The words of the lanes under the journey curve (table `L`): the lanes' names and the
//! words of their legends and labels, in English and Dutch.
//!
//! Only words: the sentences about a journey's lanes are in `text`, so the chart
//! can use these without depending on that. Pure Rust.

use super::Lang;

pub mod blind_spots;
pub mod facts;
pub mod keep_promises;
pub mod text;
pub mod touchpoint;

strings! {
    enum L;
    LanesTitle => "Lanes under the curve", "Banen onder de curve";
    BankSettingTitle => "Emotional bank account", "Emotionele bankrekening";
    BankWeight => "A withdrawal weighs", "Een opname weegt";
    BankWeightEqual => "as much as a deposit (1×)", "even zwaar als een storting (1×)";
    BankWeightBaumeister => "twice a deposit (2×, “bad is stronger than good”)", "twee keer een storting (2×, ‘slecht weegt zwaarder dan goed’)";
    BankWeightGottman => "five times a deposit (5×, the 5:1 ratio)", "vijf keer een storting (5×, de verhouding 5:1)";
    BankWeightOther => "another weight", "een ander gewicht";
    BankBrokenPromise => "Extra withdrawal per broken promise", "Extra opname per gebroken belofte";
    BankBrokenPromiseBad => "The withdrawal for a broken promise must be a number from 0 to 1,000.",
        "De opname voor een gebroken belofte moet een getal van 0 tot 1000 zijn.";
    LaneBank => "Emotional bank account", "Emotionele bankrekening";
    LanePromises => "Promises", "Beloftes";
    LaneFailureDemand => "Failure demand", "Onnodige contacten";
    LaneExpectations => "Expectations", "Verwachtingen";
    InTheBlack => "in the black", "positief saldo";
    InTheRed => "in the red", "in het rood";
    Kept => "kept", "nagekomen";
    Broken => "broken", "gebroken";
    Open => "open", "nog open";
    Contact => "contact", "contact";
    FailureContact => "caused by an earlier failure", "door een eerdere fout";
    Exceeded => "exceeded", "overtroffen";
    Met => "met", "waargemaakt";
    FellShort => "fell short", "tegengevallen";
    Lowest => "lowest", "laagste";
    EndValue => "end", "einde";
    LowestAndEnd => "lowest and end", "laagste en einde";
}
