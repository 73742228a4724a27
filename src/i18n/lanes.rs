//! The words of the lanes under the journey curve (table `L`): the lanes' names and the
//! words of their legends and labels, in English and Dutch.
//!
//! Only words: the sentences about a journey's lanes are in `lanes_text`, so the chart
//! can use these without depending on that. Pure Rust.

use super::Lang;

strings! {
    enum L;
    LanesTitle => "Lanes under the curve", "Banen onder de curve";
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
