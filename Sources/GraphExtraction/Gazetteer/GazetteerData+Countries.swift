// Countries of the world from public facts: the common English name first, then other names,
// short forms and abbreviations, then demonyms and adjectives of nationality.
// One line per country: `Name|alias;alias|demonym;demonym`.

extension GazetteerData {
  static let countries = """
    Afghanistan|Islamic Republic of Afghanistan|Afghan;Afghans;Afghani
    Albania|Republic of Albania|Albanian;Albanians
    Algeria|People's Democratic Republic of Algeria|Algerian;Algerians
    Andorra||Andorran;Andorrans
    Angola|Republic of Angola|Angolan;Angolans
    Antigua and Barbuda||Antiguan;Barbudan
    Argentina|Argentine Republic|Argentine;Argentinian;Argentines;Argentinians
    Armenia|Republic of Armenia|Armenian;Armenians
    Australia|Commonwealth of Australia|Australian;Australians;Aussie
    Austria|Republic of Austria|Austrian;Austrians
    Azerbaijan|Republic of Azerbaijan|Azerbaijani;Azerbaijanis;Azeri;Azeris
    Bahamas|The Bahamas;Commonwealth of The Bahamas|Bahamian;Bahamians
    Bahrain|Kingdom of Bahrain|Bahraini;Bahrainis
    Bangladesh|People's Republic of Bangladesh|Bangladeshi;Bangladeshis
    Barbados||Barbadian;Barbadians
    Belarus|Republic of Belarus;Byelorussia|Belarusian;Belarusians
    Belgium|Kingdom of Belgium|Belgian;Belgians
    Belize||Belizean;Belizeans
    Benin|Republic of Benin|Beninese
    Bhutan|Kingdom of Bhutan|Bhutanese
    Bolivia|Plurinational State of Bolivia|Bolivian;Bolivians
    Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina;BiH|Bosnian;Bosnians
    Botswana|Republic of Botswana|Botswanan;Motswana;Batswana
    Brazil|Federative Republic of Brazil|Brazilian;Brazilians
    Brunei|Brunei Darussalam|Bruneian;Bruneians
    Bulgaria|Republic of Bulgaria|Bulgarian;Bulgarians
    Burkina Faso||Burkinabe;Burkinabé
    Burundi|Republic of Burundi|Burundian;Burundians
    Cambodia|Kingdom of Cambodia|Cambodian;Cambodians
    Cameroon|Republic of Cameroon|Cameroonian;Cameroonians
    Canada||Canadian;Canadians
    Cape Verde|Cabo Verde|Cape Verdean;Cape Verdeans
    Central African Republic|CAR|Central African
    Chad|Republic of Chad|Chadian;Chadians
    Chile|Republic of Chile|Chilean;Chileans
    China|People's Republic of China;PRC;P.R.C.;Mainland China;Chinese mainland|Chinese
    Colombia|Republic of Colombia|Colombian;Colombians
    Comoros|Union of the Comoros|Comoran;Comorian
    Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa;Democratic Republic of Congo|Congolese
    Republic of the Congo|Congo-Brazzaville;Congo|
    Costa Rica|Republic of Costa Rica|Costa Rican;Costa Ricans
    Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Ivorian;Ivorians
    Croatia|Republic of Croatia|Croatian;Croatians;Croat;Croats
    Cuba|Republic of Cuba|Cuban;Cubans
    Cyprus|Republic of Cyprus|Cypriot;Cypriots
    Czech Republic|Czechia|Czech;Czechs
    Denmark|Kingdom of Denmark|Danish;Dane;Danes
    Djibouti|Republic of Djibouti|Djiboutian;Djiboutians
    Dominica|Commonwealth of Dominica|Dominican
    Dominican Republic||
    East Timor|Timor-Leste|Timorese
    Ecuador|Republic of Ecuador|Ecuadorian;Ecuadorians;Ecuadorean
    Egypt|Arab Republic of Egypt|Egyptian;Egyptians
    El Salvador|Republic of El Salvador|Salvadoran;Salvadorans;Salvadorean
    Equatorial Guinea||Equatorial Guinean;Equatoguinean
    Eritrea|State of Eritrea|Eritrean;Eritreans
    Estonia|Republic of Estonia|Estonian;Estonians
    Eswatini|Swaziland;Kingdom of Eswatini|Swazi;Swazis
    Ethiopia|Federal Democratic Republic of Ethiopia|Ethiopian;Ethiopians
    Fiji|Republic of Fiji|Fijian;Fijians
    Finland|Republic of Finland|Finnish;Finn;Finns
    France|French Republic|French;Frenchman;Frenchwoman
    Gabon|Gabonese Republic|Gabonese
    Gambia|The Gambia;Republic of The Gambia|Gambian;Gambians
    Georgia||Georgian;Georgians
    Germany|Federal Republic of Germany|German;Germans
    Ghana|Republic of Ghana|Ghanaian;Ghanaians
    Greece|Hellenic Republic|Greek;Greeks
    Grenada||Grenadian;Grenadians
    Guatemala|Republic of Guatemala|Guatemalan;Guatemalans
    Guinea|Republic of Guinea|Guinean;Guineans
    Guinea-Bissau||Bissau-Guinean
    Guyana|Co-operative Republic of Guyana|Guyanese
    Haiti|Republic of Haiti|Haitian;Haitians
    Honduras|Republic of Honduras|Honduran;Hondurans
    Hungary||Hungarian;Hungarians
    Iceland||Icelandic;Icelander;Icelanders
    India|Republic of India;Bharat|Indian;Indians
    Indonesia|Republic of Indonesia|Indonesian;Indonesians
    Iran|Islamic Republic of Iran;Persia|Iranian;Iranians
    Iraq|Republic of Iraq|Iraqi;Iraqis
    Ireland|Republic of Ireland;Eire|Irish
    Israel|State of Israel|Israeli;Israelis
    Italy|Italian Republic|Italian;Italians
    Jamaica||Jamaican;Jamaicans
    Japan||Japanese
    Jordan|Hashemite Kingdom of Jordan|Jordanian;Jordanians
    Kazakhstan|Republic of Kazakhstan|Kazakh;Kazakhs;Kazakhstani
    Kenya|Republic of Kenya|Kenyan;Kenyans
    Kiribati||I-Kiribati
    North Korea|Democratic People's Republic of Korea;DPRK;D.P.R.K.|North Korean;North Koreans
    South Korea|Republic of Korea;ROK;Korea|South Korean;South Koreans;Korean;Koreans
    Kosovo|Republic of Kosovo|Kosovar;Kosovan;Kosovars
    Kuwait|State of Kuwait|Kuwaiti;Kuwaitis
    Kyrgyzstan|Kyrgyz Republic|Kyrgyz;Kyrgyzstani
    Laos|Lao People's Democratic Republic;Lao PDR|Lao;Laotian;Laotians
    Latvia|Republic of Latvia|Latvian;Latvians
    Lebanon|Lebanese Republic|Lebanese
    Lesotho|Kingdom of Lesotho|Basotho;Mosotho
    Liberia|Republic of Liberia|Liberian;Liberians
    Libya|State of Libya|Libyan;Libyans
    Liechtenstein|Principality of Liechtenstein|Liechtensteiner
    Lithuania|Republic of Lithuania|Lithuanian;Lithuanians
    Luxembourg|Grand Duchy of Luxembourg|Luxembourgish;Luxembourger;Luxembourgers
    Madagascar|Republic of Madagascar|Malagasy
    Malawi|Republic of Malawi|Malawian;Malawians
    Malaysia||Malaysian;Malaysians
    Maldives|Republic of Maldives|Maldivian;Maldivians
    Mali|Republic of Mali|Malian;Malians
    Malta|Republic of Malta|Maltese
    Marshall Islands|Republic of the Marshall Islands|Marshallese
    Mauritania|Islamic Republic of Mauritania|Mauritanian;Mauritanians
    Mauritius|Republic of Mauritius|Mauritian;Mauritians
    Mexico|United Mexican States|Mexican;Mexicans
    Micronesia|Federated States of Micronesia|Micronesian
    Moldova|Republic of Moldova|Moldovan;Moldovans
    Monaco|Principality of Monaco|Monegasque
    Mongolia||Mongolian;Mongolians
    Montenegro||Montenegrin;Montenegrins
    Morocco|Kingdom of Morocco|Moroccan;Moroccans
    Mozambique|Republic of Mozambique|Mozambican;Mozambicans
    Myanmar|Burma;Republic of the Union of Myanmar|Burmese;Myanmarese
    Namibia|Republic of Namibia|Namibian;Namibians
    Nauru|Republic of Nauru|Nauruan
    Nepal|Federal Democratic Republic of Nepal|Nepali;Nepalese
    Netherlands|The Netherlands;Holland;Kingdom of the Netherlands|Dutch;Dutchman
    New Zealand|Aotearoa;NZ|New Zealander;New Zealanders;Kiwi;Kiwis
    Nicaragua|Republic of Nicaragua|Nicaraguan;Nicaraguans
    Niger|Republic of the Niger|Nigerien;Nigeriens
    Nigeria|Federal Republic of Nigeria|Nigerian;Nigerians
    North Macedonia|Macedonia;Republic of North Macedonia|Macedonian;Macedonians
    Norway|Kingdom of Norway|Norwegian;Norwegians
    Oman|Sultanate of Oman|Omani;Omanis
    Pakistan|Islamic Republic of Pakistan|Pakistani;Pakistanis
    Palau|Republic of Palau|Palauan
    Palestine|State of Palestine;Palestinian territories|Palestinian;Palestinians
    Panama|Republic of Panama|Panamanian;Panamanians
    Papua New Guinea|PNG|Papua New Guinean
    Paraguay|Republic of Paraguay|Paraguayan;Paraguayans
    Peru|Republic of Peru|Peruvian;Peruvians
    Philippines|The Philippines;Republic of the Philippines|Filipino;Filipinos;Philippine
    Poland|Republic of Poland|Polish;Pole;Poles
    Portugal|Portuguese Republic|Portuguese
    Qatar|State of Qatar|Qatari;Qataris
    Romania||Romanian;Romanians
    Russia|Russian Federation|Russian;Russians
    Rwanda|Republic of Rwanda|Rwandan;Rwandans
    Saint Kitts and Nevis|St Kitts and Nevis|Kittitian
    Saint Lucia|St Lucia|Saint Lucian
    Saint Vincent and the Grenadines||Vincentian
    Samoa|Independent State of Samoa|Samoan;Samoans
    San Marino|Republic of San Marino|Sammarinese
    Sao Tome and Principe|São Tomé and Príncipe|Santomean
    Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudis;Saudi Arabian
    Senegal|Republic of Senegal|Senegalese
    Serbia|Republic of Serbia|Serbian;Serbians;Serb;Serbs
    Seychelles|Republic of Seychelles|Seychellois
    Sierra Leone|Republic of Sierra Leone|Sierra Leonean
    Singapore|Republic of Singapore|Singaporean;Singaporeans
    Slovakia|Slovak Republic|Slovak;Slovaks;Slovakian
    Slovenia|Republic of Slovenia|Slovenian;Slovene;Slovenians
    Solomon Islands||Solomon Islander
    Somalia|Federal Republic of Somalia|Somali;Somalis
    South Africa|Republic of South Africa|South African;South Africans
    South Sudan|Republic of South Sudan|South Sudanese
    Spain|Kingdom of Spain|Spanish;Spaniard;Spaniards
    Sri Lanka|Ceylon|Sri Lankan;Sri Lankans
    Sudan|Republic of the Sudan|Sudanese
    Suriname|Republic of Suriname|Surinamese
    Sweden|Kingdom of Sweden|Swedish;Swede;Swedes
    Switzerland|Swiss Confederation|Swiss
    Syria|Syrian Arab Republic|Syrian;Syrians
    Taiwan|Republic of China;Chinese Taipei|Taiwanese
    Tajikistan|Republic of Tajikistan|Tajik;Tajiks;Tajikistani
    Tanzania|United Republic of Tanzania|Tanzanian;Tanzanians
    Thailand|Kingdom of Thailand;Siam|Thai;Thais
    Togo|Togolese Republic|Togolese
    Tonga|Kingdom of Tonga|Tongan;Tongans
    Trinidad and Tobago||Trinidadian;Tobagonian
    Tunisia|Tunisian Republic|Tunisian;Tunisians
    Turkey|Türkiye;Turkiye;Republic of Türkiye|Turkish;Turk;Turks
    Turkmenistan||Turkmen
    Tuvalu||Tuvaluan
    Uganda|Republic of Uganda|Ugandan;Ugandans
    Ukraine||Ukrainian;Ukrainians
    United Arab Emirates|UAE;U.A.E.;Emirates|Emirati;Emiratis
    United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British;Briton;Britons;Brit;Brits
    United States|United States of America;U.S.;US;U.S.A.;USA;America|American;Americans;U.S.-based
    Uruguay|Oriental Republic of Uruguay|Uruguayan;Uruguayans
    Uzbekistan|Republic of Uzbekistan|Uzbek;Uzbeks;Uzbekistani
    Vanuatu|Republic of Vanuatu|Ni-Vanuatu
    Vatican City|Holy See;Vatican|Vatican
    Venezuela|Bolivarian Republic of Venezuela|Venezuelan;Venezuelans
    Vietnam|Viet Nam;Socialist Republic of Vietnam|Vietnamese
    Yemen|Republic of Yemen|Yemeni;Yemenis
    Zambia|Republic of Zambia|Zambian;Zambians
    Zimbabwe|Republic of Zimbabwe|Zimbabwean;Zimbabweans
    Soviet Union|USSR;U.S.S.R.;Union of Soviet Socialist Republics|Soviet;Soviets
    East Germany|German Democratic Republic;GDR|East German;East Germans
    West Germany||West German;West Germans
    Yugoslavia|Socialist Federal Republic of Yugoslavia|Yugoslav;Yugoslavs
    Czechoslovakia||Czechoslovak;Czechoslovaks
    Ottoman Empire|Ottoman Turkey|Ottoman;Ottomans
    Roman Empire|Western Roman Empire|
    Holy Roman Empire||
    Byzantine Empire|Eastern Roman Empire|Byzantine
    Prussia|Kingdom of Prussia|Prussian;Prussians
    Austria-Hungary|Austro-Hungarian Empire|Austro-Hungarian
    """
}
