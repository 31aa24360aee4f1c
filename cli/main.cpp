#include <iostream>
int main() { std::cout << "readiness-cli\n"; return 0; }
