/**
 * Given names that are borne almost only by men or almost only by women, for the gender of a
 * person named with one (“Samuel Okoro”, “Joanna Pike”) when no title says it. A pronoun after a
 * mention is often someone else's (“Judge Marsh asked Okoro to let the witness finish her
 * answers”), so a name's gender goes before the pronouns' votes. Names given to both, or to men in
 * one language and women in another (Jordan, Alex, Kim, Robin, Lee, Jan, Jean, Andrea, Nicola), are left out.
 */

const MALE = `
aaron abdul abdullah adam adrian ahmed ahmad alan albert alberto alejandro aleksandr alexander alexandre alexei alfred ali
alistair amir anders andre andreas andrei andrew andy angelo anthony antoine antonio arthur arnold barack barry ben benjamin
bernard bernie bill billy bob bobby boris brad bradley brandon brendan brian bruce bryan carl carlos charles chuck claude
clifford colin craig curtis dale dan daniel danny darren dave david dennis derek diego dimitri dmitry dominic don donald
douglas duncan dustin dwight earl ed eddie edgar eduardo edward edwin elijah elliot emmanuel enrique eric erik ernest ethan
eugene evan fernando francesco francisco frank franklin fred frederick gabriel gareth gary gavin geoffrey george gerald
gerard giovanni glenn gordon graham grant greg gregory gustavo hamid hans harold harry hassan hector henrik henry herbert
howard hugh hugo ian ibrahim igor isaac ivan jack jacob jake james jamal  jared jason javier jeff jeffrey jeremy jerome
jerry jesse jim jimmy joachim joe joel johan johannes john jon jonas jonathan jorge jose joseph josh joshua juan julian
justin karl keith ken kenneth kevin khalid klaus konstantin kurt kyle lars lawrence  leo leon leonard lewis lorenzo louis
luca lucas luis luke magnus malcolm manuel marc marco marcus mario mark martin marvin mateo matt matthew maurice max maxim
michael miguel mike mikhail milan mitch mitt mohamed mohammad mohammed muhammad nathan neil nelson nicholas nick nigel
nikolai noah norman olaf oliver omar oscar otto owen pablo patrick paul pavel pedro peter petr philip phillip pierre rafael
ralph ramon randy raul ray raymond reza ricardo richard rick rob robert roberto rod rodney roger roland roman ron ronald
rory ross roy rudy rupert russell ryan salvador  samuel scott sean sebastian sergei sergey seth simon stanley stefan
stephen steve steven stuart sven ted terry thomas tim timothy tobias todd tom tomas tony travis trevor tyler victor vincent
viktor vladimir walter warren wayne wesley william willie wolfgang xavier yusuf zachary carlo giuseppe massimo stefano
federico emilio sergio dieter markus ulrich heiko jurgen mehmet mustafa selim emre emeka kofi kwame hiroshi takashi
rajesh ramesh suresh mahesh rahul amit arjun vijay sanjay anil sunil ravi rakesh narendra manmohan ashok arvind amitabh
sachin rohit vikram raj ram hari shyam krishna prakash deepak manoj vinod pradeep rajiv sandeep ajay vivek abhishek
chinedu chukwuemeka obinna tunde babatunde femi kwabena kwasi yaw kojo sipho thabo themba bongani jabulani musa juma otieno
odhiambo cyril uhuru hussein karim tariq walid youssef yousef mahmoud khaled faisal saeed hamza bilal nasser samir sami osama
anwar ismail yasser kenji shinzo yoshihide fumio taro ichiro kenta haruto andrés joaquín joaquin santiago sebastián gonzalo
rodrigo ignacio felipe jaime ernesto alfonso arturo rubén ruben mauricio óscar volodymyr oleksandr oleksiy dmytro andriy
mykola yuriy yuri vitali vitaliy serhiy taras bohdan alexey yevgeny evgeny anatoly gennady recep kemal ahmet
`;

const FEMALE = `
abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana anastasia angela angelina anita
ann anna anne annette antonia barbara beatrice becky betsy betty beverly bonnie brenda bridget brigitte britney camila
carla carmen carol caroline carolyn catherine cathy cecilia charlotte chelsea cheryl christina christine cindy claire
clara claudia colleen connie cynthia daisy daniela darlene debbie deborah debra denise diana diane dolores donna doris
dorothy edith eileen elaine eleanor elena elizabeth ella ellen eloise elsa emily emma erica erika esther eva evelyn fatima
fiona florence frances gabriela gail gina giulia gloria grace greta gretchen hanna hannah harriet heather heidi helen
helena hilary hillary holly ida ilse ines ingrid irene iris isabel isabella isabelle jacqueline jane janet janice jasmine
jeanne jennifer jessica jill joan joanna joanne josephine joyce judith judy julia julie juliet justine karen karin katarina
kate katherine kathleen kathryn kathy katie katrin kayla kristen kristin laura lauren leah lena linda lisa liz lois lorraine
louise lucia lucy lydia  madeleine margaret margarita maria mariana marie marina marjorie marta martha mary maureen
megan melania melanie melinda melissa michelle miriam molly monica nadia nancy naomi natalia natalie natasha nicole nina
nora olga olivia paige pamela patricia paula pauline peggy penelope phyllis priscilla rachel rebecca regina rita roberta
rosa rosalind rose ruth sabine samantha sandra sara sarah sharon sheila shirley silvia sofia sonia sophia sophie stephanie
susan susanne suzanne svetlana sylvia tamara tanya teresa theresa tina  ursula valentina valerie vanessa vera veronica
victoria virginia wanda wendy yasmin yolanda yvonne zoe francesca chiara elisabetta ulrike birgit ayse fatma ngozi inger
priya ananya sunita lakshmi laxmi kavita meera anjali deepika pooja neha divya shreya aishwarya nisha rekha shanti sita
gita indira parvati radhika asha uma lata savitri nirmala mamata sarita amina fatuma wanjiru njeri akosua chiamaka chioma
adaeze nkechi folake funmilayo yetunde thandiwe nomvula zanele lindiwe hawa layla leila mariam maryam rania zeinab zainab
huda hanan amal samira salma rana dina reem lina hala ghada ghazala keiko yoko akiko haruka sakura yumi naoko mariko
guadalupe marisol ximena valeria paola fernanda alejandra beatriz catalina lorena luisa rocío rocio pilar mercedes consuelo
olena oksana yulia iryna irina tatiana tetiana ludmila lyudmila galina ekaterina yekaterina
`;

function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w !== '');
}

/** Lower-case given name → the gender of those who bear it. */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...words(MALE).map((w) => [w, 'male'] as const),
  ...words(FEMALE).map((w) => [w, 'female'] as const),
]);
